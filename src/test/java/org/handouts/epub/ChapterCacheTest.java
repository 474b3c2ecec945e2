package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipFile;
import org.handouts.config.BuildOptions;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cleaned chapters kept between builds: used only while everything they were made from holds. */
class ChapterCacheTest {

    @TempDir
    Path temp;

    private FixtureProject project;
    private BuildOptions epubOnly;
    private Path kept;

    @BeforeEach
    void library() throws IOException {
        project = FixtureProject.create(temp);
        project.simpleArticle("rest", "Resting well", "tags: [sleep]\n",
                "Rest when you feel tired. See also [the pain handout](pain.md).\n\n![A quiet bedroom](images/room.png)");
        project.writeBytes("articles/images/room.png", EpubBookletTest.png(40, 30, java.awt.Color.GRAY));
        epubOnly = project.options().withBookletPdf(false)
                .withSourceDate(Instant.parse("2026-03-01T09:30:00Z"));
        kept = project.out().resolve(ChapterCache.FOLDER);
    }

    @Test
    void aKeptChapterGivesTheSameBookAsCleaningItAgain() throws IOException {
        build(epubOnly.withForce(true));
        byte[] cleanedNow = Files.readAllBytes(booklet());
        assertTrue(Files.isRegularFile(kept.resolve("rest.bin")), "the cleaned chapter is kept");

        Files.delete(booklet()); // remade from the kept chapter
        build(epubOnly);
        assertArrayEquals(cleanedNow, Files.readAllBytes(booklet()));
    }

    @Test
    void aKeptChapterIsReallyUsedButNotUnderForce() throws IOException {
        build(epubOnly);
        Path entry = kept.resolve("rest.bin");
        byte[] bytes = Files.readAllBytes(entry);
        byte[] marked = new String(bytes, StandardCharsets.ISO_8859_1).replace("tired", "wakey").getBytes(StandardCharsets.ISO_8859_1);
        // Changed behind the cache's back, it no longer matches its checksum: cleaned again, not used.
        Files.write(entry, marked);
        Files.delete(booklet());
        build(epubOnly);
        assertTrue(chapter("rest").contains("tired"), "a damaged kept chapter is not used");

        // Kept with its checksum (same length, so the entry stays whole): only a chapter read from the kept
        // file can say "wakey".
        org.handouts.images.KeptFile.write(entry, marked);
        Files.delete(booklet());
        build(epubOnly);
        assertTrue(chapter("rest").contains("wakey"), "the kept chapter was used");

        build(epubOnly.withForce(true));
        assertTrue(chapter("rest").contains("tired"), "--force cleans every chapter again");
        assertFalse(new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1).contains("wakey"), "and keeps it afresh");
    }

    @Test
    void aLinkToAnArticleAddedLaterIsMadeAndADeletedArticleIsForgotten() throws IOException {
        build(epubOnly);
        assertFalse(chapter("rest").contains("href=\"pain.xhtml\""), "no pain handout yet: the link is plain text");

        project.simpleArticle("pain", "Pain relief", "tags: [pain]\n", "Tell your care team about pain.");
        build(epubOnly);
        assertTrue(chapter("rest").contains("href=\"pain.xhtml\""), "the unchanged chapter now links to the new one");
        assertTrue(Files.isRegularFile(kept.resolve("pain.bin")));

        Files.delete(project.articles().resolve("pain.md"));
        build(epubOnly);
        assertFalse(chapter("rest").contains("href=\"pain.xhtml\""), "the link goes with the article");
        assertFalse(Files.exists(kept.resolve("pain.bin")), "a deleted article's chapter is forgotten");
    }

    private void build(BuildOptions options) {
        FixtureProject.Run run = project.build(options);
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    private Path booklet() {
        return project.out().resolve(EpubBookletWriter.FILE_NAME);
    }

    private String chapter(String slug) throws IOException {
        try (ZipFile zip = new ZipFile(booklet().toFile())) {
            return new String(zip.getInputStream(zip.getEntry("EPUB/text/" + slug + ".xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
