package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.handouts.render.ChapteredBooklet;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.handouts.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed booklet after a one-article edit: only that article's chapter is laid out again, the chapter
 * grows by pages and every page number after it moves (index, footers, bookmarks), and the booklet is the
 * same, byte for byte, as one made from nothing; still PDF/UA-1 and PDF/A-3u.
 */
class ChapteredBookletTest {

    private static final Instant SOURCE_DATE = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path temp;
    static FixtureProject project;
    static Path booklet;
    static Map<String, byte[]> keptBefore;
    static Map<String, FileTime> keptTimesBefore;
    static int pagesBefore;
    static FixtureProject.Run edited;

    @BeforeAll
    static void buildEditAndBuildAgain() throws IOException {
        String longBody = "## First part\n\n" + "A paragraph that fills the page with plain words. ".repeat(60).concat("\n\n").repeat(6)
                + "## Second part\n\nThe end of the long one.\n";
        project = FixtureProject.create(temp)
                .simpleArticle("alpha", "Alpha Care", "tags: [treatment]\n", "## Before\n\nAlpha text.\n\n## After\n\nMore alpha.")
                .simpleArticle("long-one", "Long One", "tags: [Treatment, side effects]\n", longBody)
                .simpleArticle("zulu", "Zulu Notes", "", "Untagged text.");
        FixtureProject.Run first = project.build(project.options().withSourceDate(SOURCE_DATE));
        assertEquals(0, first.result().exitCode(), first.stderr());
        booklet = project.out().resolve("booklet.pdf");
        try (PDDocument doc = Pdfs.open(booklet)) {
            pagesBefore = doc.getNumberOfPages();
        }
        keptBefore = kept();
        keptTimesBefore = keptTimes();
        assertEquals(List.of("alpha.bin", "long-one.bin", "zulu.bin"), keptBefore.keySet().stream().sorted().toList());

        // Alpha, the first chapter, grows from one page to several: everything after it moves.
        project.simpleArticle("alpha", "Alpha Care", "tags: [treatment]\n", "## Before\n\nAlpha text.\n\n"
                + "Alpha grows with plain words that fill the page. ".repeat(50).concat("\n\n").repeat(8) + "## After\n\nMore alpha.");
        edited = project.build(project.options().withSourceDate(SOURCE_DATE));
        assertEquals(0, edited.result().exitCode(), edited.stderr());
    }

    private static Map<String, byte[]> kept() throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (var files = Files.list(project.out().resolve(ChapteredBooklet.FOLDER))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bin")).toList()) {
                out.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return out;
    }

    private static Map<String, FileTime> keptTimes() throws IOException {
        Map<String, FileTime> out = new java.util.TreeMap<>();
        try (var files = Files.list(project.out().resolve(ChapteredBooklet.FOLDER))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bin")).toList()) {
                out.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return out;
    }

    @Test
    void onlyTheEditedChapterIsLaidOutAgain() throws IOException {
        Map<String, byte[]> after = kept();
        assertFalse(java.util.Arrays.equals(keptBefore.get("alpha.bin"), after.get("alpha.bin")), "the edited chapter is laid out again");
        for (String other : List.of("long-one.bin", "zulu.bin")) {
            assertArrayEquals(keptBefore.get(other), after.get(other), other);
            assertEquals(keptTimesBefore.get(other), keptTimes().get(other), other + " was not written again");
        }
    }

    @Test
    void theGrownChapterMovesTheIndexNumbersFootersAndBookmarks() throws IOException {
        try (PDDocument doc = Pdfs.open(booklet)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= pagesBefore + 2, pagesBefore + " -> " + pages);
            Map<String, Integer> entries = PdfBookletTest.indexEntries(doc);
            assertEquals(3, entries.size(), entries.toString());
            for (Map.Entry<String, Integer> e : entries.entrySet()) {
                int page = e.getValue();
                String text = Pdfs.pageText(doc, page);
                assertTrue(text.contains("About " + e.getKey() + "."), e.getKey() + " does not start on page " + page);
                assertEquals(1, page % 2, e.getKey() + " starts on a left-hand page");
                assertTrue(text.contains("Page " + page + " of " + pages), "footer of page " + page + ": " + text);
                assertTrue(text.contains(e.getKey()), "running title on page " + page);
            }
            // Bookmarks point at the pages the index names, and a heading's at the page it is on.
            Map<String, Integer> marks = new java.util.HashMap<>();
            collect(doc, doc.getDocumentCatalog().getDocumentOutline(), marks);
            assertEquals(entries.get("Long One"), marks.get("Long One"));
            assertEquals(entries.get("Zulu Notes"), marks.get("Zulu Notes"));
            int after = marks.get("After");
            assertTrue(after > entries.get("Alpha Care") && Pdfs.pageText(doc, after).contains("More alpha."), "bookmark After -> page " + after);
            int second = marks.get("Second part");
            assertTrue(Pdfs.pageText(doc, second).contains("The end of the long one."), "bookmark Second part -> page " + second);
        }
    }

    private static void collect(PDDocument doc, PDOutlineNode node, Map<String, Integer> pages) throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDPageDestination destination) {
                pages.putIfAbsent(item.getTitle(), doc.getPages().indexOf(destination.getPage()) + 1);
            }
            collect(doc, item, pages);
        }
    }

    @Test
    void theBookletIsTheSameAsOneMadeFromNothing(@TempDir Path other) throws IOException {
        FixtureProject.Run fresh = project.build(project.options().withSourceDate(SOURCE_DATE).withForce(true).withOut(other));
        assertEquals(0, fresh.result().exitCode(), fresh.stderr());
        assertArrayEquals(Files.readAllBytes(other.resolve("booklet.pdf")), Files.readAllBytes(booklet),
                "the booklet made from kept chapters differs from one laid out from nothing");
    }

    @Test
    void theAssembledBookletIsStillPdfUaAndPdfA() throws IOException {
        assertEquals(List.of(), VeraPdf.failedRules(booklet, VeraPdf.PDF_UA_1));
        assertEquals(List.of(), VeraPdf.failedRules(booklet, VeraPdf.PDF_A_3U));
    }

    /** A chapter torn by a full disk or damaged later is laid out again, never used; the booklet is the same as one made from nothing. */
    @Test
    void aDamagedKeptChapterIsLaidOutAgain(@TempDir Path dir) throws IOException {
        FixtureProject small = FixtureProject.create(dir.resolve("p"))
                .simpleArticle("one", "One", "", "One text.")
                .simpleArticle("two", "Two", "", "Two text.");
        assertEquals(0, small.build(small.options().withSourceDate(SOURCE_DATE)).result().exitCode());
        Path chapter = small.out().resolve(ChapteredBooklet.FOLDER).resolve("two.bin");
        byte[] whole = Files.readAllBytes(chapter);
        Files.write(chapter, java.util.Arrays.copyOf(whole, whole.length / 2));
        // An edit of the other article remakes the booklet, from the kept 'one' and the torn 'two'.
        small.simpleArticle("one", "One", "", "One text, now longer.");
        FixtureProject.Run run = small.build(small.options().withSourceDate(SOURCE_DATE));
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(org.handouts.images.KeptFile.isIntact(chapter), "the torn chapter was kept again, whole");
        assertTrue(Pdfs.text(small.out().resolve("booklet.pdf")).contains("Two text."));
        FixtureProject.Run fresh = small.build(small.options().withSourceDate(SOURCE_DATE).withForce(true).withOut(dir.resolve("fresh")));
        assertEquals(0, fresh.result().exitCode(), fresh.stderr());
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/booklet.pdf")), Files.readAllBytes(small.out().resolve("booklet.pdf")));
    }
}
