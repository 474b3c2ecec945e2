package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** out/booklet.pdf: the page numbers the index prints are the pages the articles start on, and the rest of the book. */
class PdfBookletTest {

    @TempDir
    static Path temp;
    static FixtureProject project;
    static Path booklet;

    @BeforeAll
    static void build() {
        String longBody = "## First part\n\n" + "A paragraph that fills the page with plain words. ".repeat(60).concat("\n\n").repeat(6)
                + "## Second part\n\nThe end of the long one.\n";
        project = FixtureProject.create(temp)
                .simpleArticle("long-one", "Long One", "tags: [Treatment, side effects]\n", longBody)
                .simpleArticle("alpha", "Alpha Care", "tags: [treatment]\n", "## Before\n\nAlpha text.\n\n## After\n\nMore alpha.")
                .simpleArticle("zulu", "Zulu Notes", "", "Untagged text.");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        booklet = project.out().resolve("booklet.pdf");
        assertTrue(run.result().written().contains(booklet), run.result().written().toString());
    }

    /** "Long One . . . . 5" lines of the index pages: title to the page number printed after it. */
    static Map<String, Integer> indexEntries(PDDocument doc) {
        Map<String, Integer> entries = new LinkedHashMap<>();
        Pattern entry = Pattern.compile("^(Alpha Care|Long One|Zulu Notes)[ .]+?(\\d+)\\s*$", Pattern.MULTILINE);
        for (int page = 2; page <= 3; page++) {
            Matcher m = entry.matcher(Pdfs.pageText(doc, page));
            while (m.find()) {
                entries.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return entries;
    }

    @Test
    void theIndexPrintsThePageEachArticleReallyStartsOnAndItIsARightHandPage() {
        try (PDDocument doc = Pdfs.open(booklet)) {
            Map<String, Integer> entries = indexEntries(doc);
            assertEquals(List.of("Alpha Care", "Long One", "Zulu Notes"), entries.keySet().stream().sorted().toList(), entries.toString());
            for (Map.Entry<String, Integer> e : entries.entrySet()) {
                int page = e.getValue();
                String title = e.getKey();
                assertTrue(Pdfs.pageText(doc, page).contains("About " + title + "."), title + " does not start on page " + page);
                assertFalse(Pdfs.pageText(doc, page - 1).contains("About " + title + "."), title + " starts before page " + page);
                assertEquals(1, page % 2, title + " starts on a left-hand page " + page);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theIndexIsGroupedByTagWithUntaggedArticlesLast() throws IOException {
        try (PDDocument doc = Pdfs.open(booklet)) {
            String index = Pdfs.pageText(doc, 2);
            int treatment = index.indexOf("Treatment\n");
            int sideEffects = index.indexOf("Side effects\n");
            int other = index.indexOf("Other topics\n");
            assertTrue(index.startsWith("Topics") || index.contains("Topics\n"), index);
            assertTrue(sideEffects >= 0 && treatment > sideEffects && other > treatment, index);
        }
    }

    @Test
    void titlePageRunningTitlesPageNumbersAndAboutPage() {
        try (PDDocument doc = Pdfs.open(booklet)) {
            int pages = doc.getNumberOfPages();
            String cover = Pdfs.pageText(doc, 1);
            assertTrue(cover.contains("Test Booklet") && cover.contains("Test Clinic"), cover);
            assertFalse(cover.contains("Page 1 of"), "the cover has no page footer");
            int longStart = indexEntries(doc).get("Long One");
            String second = Pdfs.pageText(doc, longStart + 1);
            assertTrue(second.contains("Long One"), "running title on the article's second page: " + second);
            assertTrue(second.contains("Page " + (longStart + 1) + " of " + pages), second);
            String about = Pdfs.pageText(doc, pages);
            assertTrue(about.contains("About this booklet") && about.contains("(555) 010-0100")
                    && about.contains("General information only.") && about.contains("1 Test Street"), about);
            assertEquals("Test Booklet", doc.getDocumentInformation().getTitle());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> outline(PDOutlineNode node, String indent) {
        List<String> lines = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            lines.add(indent + item.getTitle());
            lines.addAll(outline(item, indent + "  "));
        }
        return lines;
    }

    @Test
    void bookmarksNestTagArticleHeadings() throws IOException {
        try (PDDocument doc = Pdfs.open(booklet)) {
            List<String> lines = outline(doc.getDocumentCatalog().getDocumentOutline(), "");
            String text = String.join("\n", lines);
            assertTrue(text.startsWith("Topics\nSide effects\n  Long One\n    First part\n    Second part\nTreatment\n  Alpha Care\n    Before\n    After\n  Long One\n"), text);
            assertTrue(text.endsWith("Other topics\n  Zulu Notes\nAbout this booklet"), text);
        }
    }

    @Test
    void noBookletPdfSkipsIt(@TempDir Path other) {
        FixtureProject small = FixtureProject.create(other).simpleArticle("alpha", "Alpha", "", "Text.");
        FixtureProject.Run run = small.build(small.options().withBookletPdf(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertFalse(Files.exists(small.out().resolve("booklet.pdf")));
        assertTrue(Files.exists(small.out().resolve("pdf/handout/alpha.pdf")));
    }

    @Test
    void handoutsYmlChoosesTheBookletsLayout(@TempDir Path other) throws IOException {
        FixtureProject custom = FixtureProject.create(other).simpleArticle("alpha", "Alpha", "", "Text.")
                .config(FixtureProject.DEFAULT_CONFIG + "booklet:\n  layout: plain\n");
        Files.createDirectories(custom.root().resolve("layouts/plain"));
        custom.write("layouts/plain/article.ftlx", Files.readString(custom.root().resolve("layouts/handout/article.ftlx")));
        custom.write("layouts/plain/booklet.ftlx", """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${booklet.title}</title></head>
                <body><h1>Plain ${booklet.title}</h1><#list articles as a><h2>${a.title}</h2>${a.body?no_esc}</#list></body></html>
                """);
        FixtureProject.Run run = custom.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(Pdfs.text(custom.out().resolve("booklet.pdf")).contains("Plain Test Booklet"));
    }

    @Test
    void aBookletLayoutWithoutBookletTemplateIsReportedAtItsLine(@TempDir Path other) {
        FixtureProject custom = FixtureProject.create(other).simpleArticle("alpha", "Alpha", "", "Text.")
                .config(FixtureProject.DEFAULT_CONFIG + "booklet:\n  layout: nowhere\n");
        FixtureProject.Run run = custom.build();
        assertTrue(run.stderr().contains("handouts.yml:14:11: error: booklet layout 'nowhere' has no booklet.ftlx"), run.stderr());
        assertFalse(Files.exists(custom.out().resolve("booklet.pdf")));
        assertTrue(Files.exists(custom.out().resolve("pdf/handout/alpha.pdf")), "the handouts are still written");
    }
}
