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
            fonts = FontLibrary.scan(FixtureProject.REPO.resolve("fonts"));
        }
        return CoverCache.cover(Optional.of(out), fonts, "Atkinson Hyperlegible", title, "Clinic", "clinic.example", BRAND);
    }

    private List<Path> kept() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".handouts-cover-")).toList();
        }
    }

    @Test
    void theSameSettingsReuseTheKeptCoverAndNewSettingsPaintANewOne() throws Exception {
        byte[] painted = cover("Living well");
        assertEquals(1, kept().size());
        assertArrayEquals(painted, Files.readAllBytes(kept().get(0)));

        // Marked bytes come back: the second booklet did not paint.
        Files.write(kept().get(0), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cover("Living well"));

        byte[] retitled = cover("Living well with cancer");
        assertEquals((byte) 0x89, retitled[0], "a PNG");
        assertEquals("PNG", new String(retitled, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, kept().size(), "the old cover is removed");
        assertTrue(retitled.length > 1000);
    }
}
