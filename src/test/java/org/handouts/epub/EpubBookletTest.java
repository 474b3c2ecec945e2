package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.handouts.testing.FixtureProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The booklet of a small fixture library, built once through the real pipeline and checked once by
 * EPUBCheck. The library is chosen to exercise the rules: an article with two tags, a tag written in two
 * cases, an untagged article, raw HTML with a script, links to another article and to nowhere, a hero
 * with a description and a body picture without one, and a configured tag order.
 */
class EpubBookletTest {

    static final Instant DATE = Instant.parse("2026-03-01T09:30:00Z");

    @TempDir
    static Path temp;

    static FixtureProject project;
    static FixtureProject.Run run;
    static Path epub;
    static Map<String, byte[]> entries;
    static List<EpubCheckRun.Finding> findings;

    @BeforeAll
    static void buildOnce() throws IOException {
        project = FixtureProject.create(temp);
        project.config(FixtureProject.DEFAULT_CONFIG + "tagOrder:\n  - side effects\n");
        project.writeBytes("articles/images/hero.png", png(900, 500, new Color(0x33, 0x88, 0x55)));
        project.writeBytes("articles/images/square.png", png(120, 120, Color.BLUE));
        project.writeBytes("articles/images/plain.png", png(100, 60, Color.ORANGE));
        project.simpleArticle("chemo-basics", "Chemo basics",
                "tags: [Chemotherapy, Side effects]\nheroImage: images/hero.png\nheroAlt: \"A green field under a clear sky.\"\n"
                        + "heroCredit: \"Drawing: Test Clinic\"\nreviewed: 2026-01-05\n",
                "Chemo uses medicine.\n\n## What to expect\n\nYou may feel tired.");
        project.simpleArticle("tired", "Feeling tired", "tags: [\"side Effects\", \"daily life\"]\n",
                "Rest when you can.");
        project.simpleArticle("money", "Money matters", "", "Ask about help with costs.");
        project.simpleArticle("zebra", "About surgery", "tags: [surgery, chemotherapy]\n", "Surgery removes the cancer.");
        project.simpleArticle("raw", "Raw HTML page", "tags: [\"Daily Life\"]\n", """
                See [chemo basics](chemo-basics.md), [a page that is not here](missing-page.md) and [the web](https://example.org/help).

                <script>alert('x')</script>
                <p onclick="evil()">Click <a href="javascript:alert(1)">here</a> <strike>old</strike></p>
                <iframe src="https://videos.example/player"></iframe>
                <table summary="s" width="100"><tr><td axis="a" width="3">cell</td></tr></table>
                <p id="chapter-title">Same id as the chapter title.</p>

                ![A blue square](images/square.png)

                ![](images/plain.png)
                """);
        run = project.build(project.options().withQuiet(false).withSourceDate(DATE));
        epub = project.out().resolve("booklet.epub");
        entries = unzip(epub);
        findings = EpubCheckRun.check(epub);
    }

    @Test
    void epubCheckFindsNoErrorsAndNoWarnings() {
        assertEquals(List.of(), EpubCheckRun.problems(findings), "EPUBCheck findings");
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    @Test
    void epubCheckHarnessReportsABrokenBooklet(@TempDir Path dir) throws IOException {
        // Guards the test above: a booklet without its navigation document must produce errors here.
        Path broken = dir.resolve("broken.epub");
        try (ZipFile source = new ZipFile(epub.toFile()); OutputStream out = Files.newOutputStream(broken);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Enumeration<? extends ZipEntry> e = source.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith("nav.xhtml")) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                }
                zip.putNextEntry(copy);
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertFalse(EpubCheckRun.problems(EpubCheckRun.check(broken)).isEmpty());
    }

    @Test
    void buildSummaryReportsTheBookletSize() {
        assertTrue(run.stdout().lines().anyMatch(l -> l.strip().matches("booklet\\.epub \\d+(\\.\\d)? (kB|MB)")), run.stdout());
        assertTrue(run.result().written().contains(epub));
    }

    @Test
    void topicsPageListsEveryArticleUnderEachOfItsTags() {
        Document topics = xhtml("EPUB/text/topics.xhtml");
        Map<String, List<String>> listed = new LinkedHashMap<>();
        for (Element section : topics.select("section.topic")) {
            listed.put(section.selectFirst("h2").text(), section.select("li a").eachText());
        }
        // Configured order first, then alphabetical, untagged last; "side Effects" merged into "Side effects".
        assertEquals(List.of("Side effects", "Chemotherapy", "Daily Life", "Surgery", "Other topics"), List.copyOf(listed.keySet()));
        assertEquals(List.of("Chemo basics", "Feeling tired"), listed.get("Side effects"));
        assertEquals(List.of("About surgery", "Chemo basics"), listed.get("Chemotherapy"));
        assertEquals(List.of("Feeling tired", "Raw HTML page"), listed.get("Daily Life"));
        assertEquals(List.of("About surgery"), listed.get("Surgery"));
        assertEquals(List.of("Money matters"), listed.get("Other topics"));
        for (Element link : topics.select("li a")) {
            assertTrue(entries.containsKey("EPUB/text/" + link.attr("href")), link.attr("href"));
        }
    }

    @Test
    void navListsEveryArticleOnceUnderItsFirstTagInSpineOrder() {
        Document nav = xhtml("EPUB/nav.xhtml");
        Element toc = nav.selectFirst("nav[epub:type=toc]");
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        List<String> chapterHrefs = new ArrayList<>();
        for (Element item : toc.selectFirst("ol").children()) {
            Element heading = item.selectFirst("> span");
            if (heading != null) {
                grouped.put(heading.text(), item.select("ol a").eachText());
                chapterHrefs.addAll(item.select("ol a").eachAttr("href"));
            }
        }
        assertEquals(Map.of(
                "Side effects", List.of("Feeling tired"),
                "Chemotherapy", List.of("Chemo basics"),
                "Daily Life", List.of("Raw HTML page"),
                "Surgery", List.of("About surgery"),
                "Other topics", List.of("Money matters")), grouped);
        assertEquals(List.of("Side effects", "Chemotherapy", "Daily Life", "Surgery", "Other topics"), List.copyOf(grouped.keySet()));

        Document opf = xml("EPUB/package.opf");
        Map<String, String> hrefById = new LinkedHashMap<>();
        opf.select("manifest > item").forEach(i -> hrefById.put(i.attr("id"), i.attr("href")));
        List<String> spine = opf.select("spine > itemref").eachAttr("idref").stream().map(hrefById::get).toList();
        assertEquals(List.of("text/cover.xhtml", "text/title.xhtml", "text/topics.xhtml"), spine.subList(0, 3));
        assertEquals(chapterHrefs, spine.subList(3, spine.size() - 1));
        assertEquals("text/about.xhtml", spine.get(spine.size() - 1));
        // The whole toc, topics page and about page included, follows the spine (EPUBCheck NAV-011).
        List<String> tocOrder = toc.select("a").eachAttr("href");
        assertEquals(tocOrder, spine.stream().filter(tocOrder::contains).toList());

        Document ncx = xml("EPUB/toc.ncx");
        assertEquals(List.of("Topics", "Side effects", "Chemotherapy", "Daily Life", "Surgery", "Other topics", "About this booklet"),
                ncx.select("navMap > navPoint > navLabel > text").eachText());
        Map<String, String> orderBySrc = new LinkedHashMap<>();
        for (Element point : ncx.select("navPoint")) {
            String src = point.selectFirst("> content").attr("src");
            String previous = orderBySrc.putIfAbsent(src, point.attr("playOrder"));
            assertTrue(previous == null || previous.equals(point.attr("playOrder")), "one playOrder per target: " + src);
        }
        assertEquals(List.of("Cover", "Topics", "Start of the handouts"),
                nav.select("nav[epub:type=landmarks] a").eachText());
    }

    @Test
    void noScriptAnywhereEvenWithRawHtml() {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (name.matches(".*\\.(xhtml|opf|ncx|css|xml)")) {
                String text = new String(entry.getValue(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                for (String forbidden : List.of("<script", "javascript:", "onclick", "<iframe", "scripted", "evil")) {
                    assertFalse(text.contains(forbidden), name + " contains " + forbidden);
                }
            }
        }
        Document raw = xhtml("EPUB/text/raw.xhtml");
        assertEquals("chemo-basics.xhtml", raw.select("a:contains(chemo basics)").attr("href"));
        assertTrue(raw.select("a:contains(a page that is not here)").isEmpty(), "a link to nowhere becomes text");
        assertTrue(raw.text().contains("a page that is not here"));
        assertEquals("https://example.org/help", raw.select("a:contains(the web)").attr("href"));
        assertEquals(1, raw.select("[id=chapter-title]").size(), "body ids never clash with the page's own");
        assertTrue(raw.select("strike, [summary], [axis]").isEmpty());
    }

    @Test
    void chaptersAreWellFormedWithLanguageOneHeadingAndDescribedPictures() {
        for (String name : entries.keySet()) {
            if (!name.startsWith("EPUB/text/")) {
                continue;
            }
            Document page = xhtml(name);
            assertEquals("en", page.selectFirst("html").attr("lang"), name);
            // The cover is a picture; every other page has exactly one h1.
            assertEquals(name.endsWith("cover.xhtml") ? 0 : 1, page.select("h1").size(), name);
            for (Element img : page.select("img")) {
                assertTrue(img.hasAttr("alt"), name + ": " + img);
                String src = img.attr("src");
                assertTrue(entries.containsKey("EPUB/" + src.replaceFirst("^\\.\\./", "")), name + ": " + src);
            }
        }
        Document chemo = xhtml("EPUB/text/chemo-basics.xhtml");
        assertEquals("Chemo basics", chemo.selectFirst("h1").text());
        assertEquals("About Chemo basics.", chemo.selectFirst(".description").text());
        assertEquals("A green field under a clear sky.", chemo.selectFirst(".hero img").attr("alt"));
        assertEquals("Drawing: Test Clinic", chemo.selectFirst(".hero figcaption").text());
        // In the index order (handouts.yml puts side effects first), each linking to its heading on the Topics page.
        assertEquals(List.of("Side effects", "Chemotherapy"), chemo.select(".chapter-topics a").eachText());
        assertEquals("topics.xhtml#topic-side-effects", chemo.select(".chapter-topics a").first().attr("href"));
        assertEquals("Reviewed January 5, 2026", chemo.selectFirst(".reviewed").text());
        assertTrue(xhtml("EPUB/text/title.xhtml").text().contains("March 1, 2026"), "title page shows the build date");
        assertTrue(xhtml("EPUB/text/about.xhtml").text().contains("General information only."), "about page has the disclaimer");
    }

    @Test
    void packageDocumentIsEpub3WithHonestAccessibilityMetadata() {
        Document opf = xml("EPUB/package.opf");
        assertEquals("3.0", opf.selectFirst("package").attr("version"));
        assertEquals("2026-03-01T09:30:00Z", opf.select("meta[property=dcterms:modified]").text());
        assertEquals("Test Booklet", opf.select("dc|title").text());
        assertEquals("Test Clinic", opf.select("dc|creator").text());
        assertEquals("Test Clinic", opf.select("dc|publisher").text());
        assertTrue(opf.select("dc|identifier").text().startsWith("urn:uuid:"));
        assertEquals("cover-image", opf.select("item[href=images/cover.png]").attr("properties"));
        assertEquals("nav", opf.select("item[href=nav.xhtml]").attr("properties"));
        assertEquals("font/ttf", opf.select("item[href$=.ttf]").first().attr("media-type"));
        assertTrue(opf.select("guide").isEmpty());
        List<String> features = opf.select("meta[property=schema:accessibilityFeature]").eachText();
        assertTrue(features.containsAll(List.of("tableOfContents", "structuralNavigation", "readingOrder")), features.toString());
        // One picture in the library has no description: neither alternativeText nor text-only sufficiency is claimed.
        assertFalse(features.contains("alternativeText"));
        assertEquals(List.of("textual,visual"), opf.select("meta[property=schema:accessModeSufficient]").eachText());
        assertEquals("none", opf.select("meta[property=schema:accessibilityHazard]").text());
        assertTrue(opf.select("meta[property=schema:accessibilitySummary]").text().contains("1 of 3 pictures has no text description"));
    }

    @Test
    void zipStartsWithStoredMimetypeAndUsesTheSourceDate() throws IOException {
        byte[] bytes = Files.readAllBytes(epub);
        assertEquals("mimetypeapplication/epub+zip", new String(bytes, 30, 28, StandardCharsets.US_ASCII));
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            zip.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(2026, 3, 1, 9, 30), e.getTimeLocal(), e.getName()));
        }
    }

    @Test
    void rebuildingTheSameLibraryGivesTheSameBytes() throws IOException {
        Path again = temp.resolve("again");
        FixtureProject.Run second = project.build(project.options().withOut(again).withSourceDate(DATE));
        assertEquals(0, second.result().exitCode(), second.stderr());
        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(again.resolve("booklet.epub")));
    }

    @Test
    void noEpubWritesNoBooklet() {
        Path elsewhere = temp.resolve("no-epub");
        FixtureProject.Run pdfsOnly = project.build(project.options().withOut(elsewhere).withLayouts(List.of("handout")).withEpub(false));
        assertEquals(0, pdfsOnly.result().exitCode(), pdfsOnly.stderr());
        assertFalse(Files.exists(elsewhere.resolve("booklet.epub")));
        assertTrue(Files.exists(elsewhere.resolve("pdf/handout/money.pdf")));
    }

    private static Document xhtml(String name) {
        return xml(name);
    }

    /** Parsed as XML: a page that is not well-formed fails here. */
    private static Document xml(String name) {
        byte[] data = entries.get(name);
        assertTrue(data != null, "missing " + name);
        Parser parser = Parser.xmlParser();
        parser.setTrackErrors(10);
        Document doc = Jsoup.parse(new String(data, StandardCharsets.UTF_8), "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), name + " is not well-formed");
        return doc;
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> result = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    result.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return result;
    }

    static byte[] png(int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
