package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.handouts.render.FontLibrary;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverCacheTest {

    @TempDir
    Path out;

    private FontLibrary fonts;
    private static final Color BRAND = new Color(0x1F5C99);

    private byte[] cover(String title) throws Exception {
        if (fonts == null) {
            fonts = FontLibrary.scan(FixtureProject.FONTS);
        }
        return CoverCache.cover(Optional.of(out), fonts, "Atkinson Hyperlegible", title, "Clinic", "clinic.example", BRAND);
    }

    private List<Path> kept() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".handouts-cover-"))
                    .filter(f -> !f.getFileName().toString().endsWith(org.handouts.images.KeptFile.SUFFIX)).toList();
        }
    }

    @Test
    void theSameSettingsReuseTheKeptCoverAndNewSettingsPaintANewOne() throws Exception {
        byte[] painted = cover("Living well");
        assertEquals(1, kept().size());
        assertArrayEquals(painted, Files.readAllBytes(kept().get(0)));

        // Marked bytes come back: the second booklet did not paint.
        org.handouts.images.KeptFile.write(kept().get(0), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cover("Living well"));

        // A cover damaged behind the cache's back (cut off, say) is painted again, never copied into a book.
        Files.write(kept().get(0), java.util.Arrays.copyOf(painted, painted.length / 2));
        assertArrayEquals(painted, cover("Living well"));
        assertArrayEquals(painted, Files.readAllBytes(kept().get(0)), "and kept afresh");

        byte[] retitled = cover("Living well with cancer");
        assertEquals((byte) 0x89, retitled[0], "a PNG");
        assertEquals("PNG", new String(retitled, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, kept().size(), "the old cover is removed");
        assertTrue(retitled.length > 1000);
    }
}
