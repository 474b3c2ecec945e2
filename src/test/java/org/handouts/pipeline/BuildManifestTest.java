package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.handouts.io.InputsHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildManifestTest {

    @TempDir
    Path out;

    @Test
    void anOutputIsUpToDateOnlyWithTheSameHashAndWhileItExists() throws Exception {
        Path pdf = out.resolve("pdf/handout/a.pdf");
        Files.createDirectories(pdf.getParent());
        Files.writeString(pdf, "pdf");
        BuildManifest manifest = BuildManifest.empty(out);
        assertFalse(manifest.upToDate(pdf, "h1"), "nothing recorded yet");
        manifest.record(pdf, "h1", "a");
        assertTrue(manifest.upToDate(pdf, "h1"));
        assertFalse(manifest.upToDate(pdf, "h2"), "inputs changed");
        Files.delete(pdf);
        assertFalse(manifest.upToDate(pdf, "h1"), "file deleted by hand");
    }

    @Test
    void savedManifestLoadsBackWithOwnersAndRelativeKeys() throws Exception {
        Path pdf = out.resolve("pdf/handout/a.pdf");
        Path epub = out.resolve("booklet.epub");
        BuildManifest manifest = BuildManifest.empty(out);
        manifest.record(pdf, "h1", "a");
        manifest.record(epub, "h2");
        manifest.markUnavailable("https://example.invalid/x.jpg", Instant.parse("2026-01-01T10:00:00Z"));
        manifest.save();
        String text = Files.readString(out.resolve(BuildManifest.FILE_NAME));
        assertTrue(text.contains("output\tpdf/handout/a.pdf\th1\ta"), text);

        BuildManifest loaded = BuildManifest.load(out);
        assertEquals(Map.of(pdf, new BuildManifest.Entry("h1", "a"), epub, new BuildManifest.Entry("h2", BuildManifest.LIBRARY_OWNER)),
                loaded.outputs());
        assertTrue(loaded.recentlyUnavailable("https://example.invalid/x.jpg", Instant.parse("2026-01-01T10:30:00Z")));
        assertFalse(loaded.recentlyUnavailable("https://example.invalid/x.jpg", Instant.parse("2026-01-01T11:30:00Z")),
                "tried again after an hour");
    }

    @Test
    void aDamagedOrMissingManifestMeansRenderEverything() throws Exception {
        assertTrue(BuildManifest.load(out).outputs().isEmpty());
        Files.writeString(out.resolve(BuildManifest.FILE_NAME), "output\tonly-two-fields\n\u0000garbage\tfile\tx\ty\tz\tw\n");
        assertTrue(BuildManifest.load(out).outputs().isEmpty());
    }

    @Test
    void fileHashFollowsContentEvenWhenSizeAndMtimeAreKept() throws Exception {
        Path font = out.resolve("font.ttf");
        Files.writeString(font, "AAAA");
        FileTime fixed = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(font, fixed);
        BuildManifest manifest = BuildManifest.empty(out);
        String first = manifest.fileHash(font);
        assertEquals(first, manifest.fileHash(font));

        Files.writeString(font, "BBBB");
        Files.setLastModifiedTime(font, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
        String second = manifest.fileHash(font);
        assertNotEquals(first, second, "new mtime: re-read");

        manifest.save();
        BuildManifest reloaded = BuildManifest.load(out);
        assertEquals(second, reloaded.fileHash(font), "remembered across builds");
    }

    @Test
    void inputsHashSeparatesParts() {
        assertNotEquals(InputsHash.of("ab", "c"), InputsHash.of("a", "bc"));
        assertEquals(InputsHash.of("a", "b"), InputsHash.of("a", "b"));
    }
}
