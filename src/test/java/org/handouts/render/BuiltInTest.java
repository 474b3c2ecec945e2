package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in layouts and fonts, and the tidying of the folders older builds of the tool unpacked. */
class BuiltInTest {

    @Test
    void theBuiltInLayoutsAndFontsAreThere() throws IOException {
        assertEquals(List.of("handout", "large-print"), BuiltIn.layoutNames());
        assertTrue(FontLibrary.scan(BuiltIn.fonts()).families().contains("Atkinson Hyperlegible"));
    }

    static Path unpacked(Path cache, String name, Instant lastUsed) throws IOException {
        Path folder = Files.createDirectories(cache.resolve(name).resolve("layouts/handout"));
        Files.writeString(folder.resolve("style.css"), "h1 {}");
        Path marker = Files.writeString(cache.resolve(name).resolve(".complete"), "x\n");
        Files.setLastModifiedTime(marker, FileTime.from(lastUsed));
        return cache.resolve(name);
    }

    @Test
    void foldersOfBuildsUnusedForAMonthAreRemovedOthersKept(@TempDir Path cache) throws IOException {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        Path old = unpacked(cache, "builtin-aaaaaaaaaaaa", now.minus(Duration.ofDays(31)));
        Path recent = unpacked(cache, "builtin-bbbbbbbbbbbb", now.minus(Duration.ofDays(29)));
        Path half = Files.createDirectories(cache.resolve("builtin-cccccccccccc.123")); // being unpacked: no marker
        Path other = Files.createDirectories(cache.resolve("something-else"));
        BuiltIn.removeUnused(cache, now);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent.resolve("layouts/handout/style.css")));
        assertTrue(Files.exists(half) && Files.exists(other));
    }

    @Test
    void aUseMarksTheFolderAtMostOnceADay(@TempDir Path cache) throws IOException {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        Path folder = unpacked(cache, "builtin-aaaaaaaaaaaa", now.minus(Duration.ofDays(40)));
        BuiltIn.markUsed(folder, now);
        assertEquals(now, Files.getLastModifiedTime(folder.resolve(".complete")).toInstant());
        BuiltIn.markUsed(folder, now.plus(Duration.ofHours(2)));
        assertEquals(now, Files.getLastModifiedTime(folder.resolve(".complete")).toInstant());
    }
}
