package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFileHeadersTest {

    @Test
    void readsWhatPdfBoxReadsFromEveryShippedFont() throws IOException {
        List<Path> fonts;
        try (Stream<Path> files = Files.list(FixtureProject.REPO.resolve("fonts"))) {
            fonts = files.filter(f -> f.toString().endsWith(".ttf")).sorted().toList();
        }
        assertTrue(fonts.size() >= 4, "the repo ships its fonts");
        for (Path font : fonts) {
            assertEquals(FontLibrary.describeWithPdfBox(font), FontFileHeaders.read(font).orElseThrow(), font.toString());
        }
    }

    @Test
    void tellsBoldItalicFromRegular() throws IOException {
        FontFace boldItalic = FontFileHeaders.read(FixtureProject.REPO.resolve("fonts/AtkinsonHyperlegible_700Bold_Italic.ttf")).orElseThrow();
        assertEquals("Atkinson Hyperlegible", boldItalic.family());
        assertEquals(700, boldItalic.weight());
        assertTrue(boldItalic.italic());
        FontFace regular = FontFileHeaders.read(FixtureProject.REPO.resolve("fonts/AtkinsonHyperlegible_400Regular.ttf")).orElseThrow();
        assertEquals(400, regular.weight());
        assertFalse(regular.italic());
    }

    @Test
    void leavesTruncatedFilesToPdfBox(@TempDir Path temp) throws IOException {
        byte[] whole = Files.readAllBytes(FixtureProject.REPO.resolve("fonts/AtkinsonHyperlegible_400Regular.ttf"));
        Path cut = temp.resolve("cut.ttf");
        Files.write(cut, java.util.Arrays.copyOf(whole, 200));
        assertTrue(FontFileHeaders.read(cut).isEmpty());
        Path tiny = temp.resolve("tiny.ttf");
        Files.write(tiny, new byte[] {0, 1, 0});
        assertTrue(FontFileHeaders.read(tiny).isEmpty());
    }
}
