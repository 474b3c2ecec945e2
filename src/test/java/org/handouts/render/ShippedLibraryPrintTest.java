package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.PrintedPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF of the shipped library, measured where a patient would notice: pictures in proportion and
 * on the page, bookmarks that open the page of their heading, no letter past the page's edge, a trailer
 * that checkers accept, and the same bytes from two builds of the same inputs.
 */
class ShippedLibraryPrintTest {

    private static final Instant SOURCE_DATE = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path temp;
    static FixtureProject project;
    static List<Path> pdfs;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.create(temp).config(Files.readString(FixtureProject.REPO.resolve("handouts.yml")));
        try (Stream<Path> articles = Files.list(FixtureProject.REPO.resolve("articles"))) {
            project.repoArticles(articles.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toArray(String[]::new));
        }
        FixtureProject.Run run = project.build(project.options().withSourceDate(SOURCE_DATE).withEpub(true));
        assertEquals(0, run.result().exitCode(), run.stderr());
        try (Stream<Path> files = Files.walk(project.out())) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() >= 21, "every article in both layouts and the booklet: " + pdfs);
    }

    @Test
    void everyPictureIsInProportionAndOnThePage() throws IOException {
        int measured = 0;
        for (Path pdf : pdfs) {
            PrintedPages pages = PrintedPages.of(pdf);
            measured += pages.images().size();
            assertEquals(List.of(), pages.stretchedImages(0.02), pdf + ": pictures stretched by more than 2%");
            assertEquals(List.of(), pages.imagesOffThePage(), pdf + ": pictures outside the page");
        }
        assertTrue(measured > 20, "heroes, QR codes: the measurement saw pictures (" + measured + ")");
    }

    @Test
    void everyBookmarkOpensThePageThatShowsItsHeading() throws IOException {
        int bookmarks = 0;
        for (Path pdf : pdfs) {
            PrintedPages pages = PrintedPages.of(pdf);
            bookmarks += pages.bookmarks().size();
            assertEquals(List.of(), pages.misplacedBookmarks(), pdf.toString());
        }
        assertTrue(bookmarks > 100, "bookmarks measured: " + bookmarks);
    }

    @Test
    void noLetterLiesOutsideThePage() throws IOException {
        for (Path pdf : pdfs) {
            assertEquals(List.of(), PrintedPages.of(pdf).glyphsOffThePage(), pdf.toString());
        }
    }

    /** PDF 7.5.8: a cross-reference stream lists itself, so /Size is one more than the highest object number. */
    @Test
    void theTrailerCountsEveryObject() throws IOException {
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                long highest = doc.getDocument().getXrefTable().keySet().stream().mapToLong(k -> k.getNumber()).max().orElse(0);
                assertEquals(highest + 1, doc.getDocument().getTrailer().getLong(COSName.SIZE), pdf.toString());
            }
        }
    }

    @Test
    void twoBuildsOfTheSameInputsAreByteForByteTheSame() throws IOException {
        Map<String, byte[]> first = outputs(project.out());
        deleteTree(project.out());
        FixtureProject.Run again = project.build(project.options().withSourceDate(SOURCE_DATE).withEpub(true));
        assertEquals(0, again.result().exitCode(), again.stderr());
        Map<String, byte[]> second = outputs(project.out());
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name + " differs between two builds");
        }
        assertTrue(first.keySet().stream().filter(n -> n.endsWith(".pdf")).count() >= 21, first.keySet().toString());
        assertTrue(first.containsKey("booklet.epub"), first.keySet().toString());
    }

    @Test
    void theBookletIsDatedByTheSourceDate() throws IOException {
        assertTrue(PrintedPages.of(project.out().resolve("booklet.pdf")).pages().get(0).text().contains("January 1, 2026"));
    }

    /** Articles start on right-hand pages; the pages left empty before them carry no running title or footer. */
    @Test
    void theBookletsEmptyPagesAreEmpty() throws IOException {
        PrintedPages booklet = PrintedPages.of(project.out().resolve("booklet.pdf"));
        List<Integer> blank = booklet.pages().stream().filter(p -> p.text().isBlank()).map(PrintedPages.Page::number).toList();
        assertTrue(blank.size() >= 3, "the shipped library leaves some left-hand pages empty: " + blank);
        for (PrintedPages.Page page : booklet.pages()) {
            if (page.number() > 1 && !page.text().isBlank()) {
                assertTrue(page.text().strip().length() > 150, "a page with only furniture on it: " + page.number() + " " + page.text());
            }
        }
    }

    @Test
    void theHandoutsClosingBoxNeverStandsAloneOnTheLastPage() throws IOException {
        for (Path pdf : pdfs) {
            if (pdf.toString().contains("/handout/")) {
                List<PrintedPages.Page> pages = PrintedPages.of(pdf).pages();
                String last = pages.get(pages.size() - 1).text().strip();
                assertTrue(!last.startsWith("Please keep in mind"), pdf + ": the last page holds only the closing box");
            }
        }
    }

    /** What patients get; the build's report and manifest record timings and file times, not content. */
    private static Map<String, byte[]> outputs(Path out) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(file).toString();
                if (name.endsWith(".pdf") || name.endsWith(".epub")) {
                    found.put(name, Files.readAllBytes(file));
                }
            }
        }
        return found;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
