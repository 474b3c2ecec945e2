package org.handouts.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web edition as files: a page per article at the address its QR code names, topic pages and an index,
 * every link relative and leading to a file the site has, nothing loaded from elsewhere, every page with
 * its language, and the PDFs and booklets offered with their sizes.
 */
class SiteWriterTest {

    @TempDir
    static Path temp;
    static FixtureProject project;
    static Path site;

    @BeforeAll
    static void build() {
        project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG
                        + "site:\n  baseUrl: \"https://clinic.example/handouts/\"\n")
                .writeBytes("articles/images/wide.jpg", TestImages.jpeg(1600, 900))
                .repoArticles("managing-fatigue", "eating-well")
                .simpleArticle("pictures", "Pictures and Links", "tags: [tests]\nlang: es\n", """
                        A photo:

                        ![A wide photo of a garden](images/wide.jpg)

                        See [eating well](eating-well.md) and [its tips](eating-well.md#keep-food-safe),
                        [a missing handout](nowhere.md), [the web](https://example.org/page) and
                        ![a remote picture](https://tracker.example/pixel.png).
                        """);
        FixtureProject.Run run = project.build(project.options().withOffline(true));
        assertEquals(0, run.result().exitCode(), run.stderr());
        site = project.out().resolve("site");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyArticleHasItsPageAtItsQrAddressAndEveryTopicAPage() throws IOException {
        for (String slug : List.of("managing-fatigue", "eating-well", "pictures")) {
            Document doc = page(slug + "/index.html");
            assertFalse(doc.select("h1").text().isBlank(), slug);
            assertTrue(doc.select("footer").text().contains("General information only"), slug + " carries the disclaimer");
        }
        assertEquals("Pictures and Links", page("pictures/index.html").selectFirst("h1").text());
        assertTrue(Files.isRegularFile(site.resolve("topics/tests/index.html")));
        Document index = page("index.html");
        assertTrue(index.select("a[href]").eachAttr("href").contains("pictures/"), "the index links each article");
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://clinic.example/handouts/pictures/</loc>"), sitemap);
    }

    @Test
    void everyPageSaysItsLanguage() throws IOException {
        for (Path html : pages()) {
            String lang = Jsoup.parse(html.toFile(), "UTF-8").selectFirst("html").attr("lang");
            assertFalse(lang.isBlank(), html.toString());
        }
        assertEquals("es", page("pictures/index.html").selectFirst("html").attr("lang"));
        assertEquals("en", page("index.html").selectFirst("html").attr("lang"));
    }

    @Test
    void everyLinkIsRelativeAndLeadsToAFileOfTheSite() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path html : pages()) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element element : doc.select("[href], [src], [srcset]")) {
                List<String> targets = new ArrayList<>();
                targets.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
                if (element.hasAttr("srcset")) {
                    for (String candidate : element.attr("srcset").split(",")) {
                        targets.add(candidate.strip().split("\\s+")[0]);
                    }
                }
                for (String target : targets) {
                    if (target.matches("(?i)(https?|mailto|tel):.*") && element.is("a")) {
                        continue;
                    }
                    String path = target.replaceFirst("#.*", "");
                    if (path.isEmpty()) {
                        continue;
                    }
                    Path file = html.getParent().resolve(URI.create(path).getPath()).normalize();
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    if (target.contains(":") || !file.startsWith(site) || !Files.isRegularFile(file)) {
                        broken.add(site.relativize(html) + " -> " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void nothingIsLoadedFromElsewhere() throws IOException {
        for (Path html : pages()) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            assertTrue(doc.select("script, iframe, object, embed").isEmpty(), html.toString());
            for (Element resource : doc.select("img, link[rel=stylesheet], source")) {
                String address = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                assertFalse(address.contains(":"), html + ": " + resource);
            }
        }
        String css = Files.readString(site.resolve("fonts.css")) + Files.readString(site.resolve("site.css"));
        assertFalse(css.matches("(?s).*(url\\(\\s*[\"']?(https?:)?//|@import).*"), "fonts come with the site");
        assertTrue(css.contains("url(\"fonts/"), css);
        assertTrue(page("pictures/index.html").text().contains("a remote picture"), "a picture the site lacks is its words");
    }

    @Test
    void picturesAreThePreparedOnesWithASmallerCopyForPhones() throws IOException {
        Element img = page("pictures/index.html").selectFirst(".body img");
        assertTrue(img.attr("src").startsWith("../media/"), img.toString());
        assertTrue(img.attr("srcset").contains(" 800w"), img.toString());
        Path small = site.resolve("pictures").resolve(img.attr("srcset").split(" ")[0]).normalize();
        assertEquals(800, javax.imageio.ImageIO.read(small.toFile()).getWidth());
        Element hero = page("managing-fatigue/index.html").selectFirst(".hero img");
        assertTrue(Files.size(site.resolve("managing-fatigue").resolve(hero.attr("src")).normalize()) < 2_000_000);
    }

    @Test
    void linksBetweenArticlesLeadToTheirPages() throws IOException {
        Document doc = page("pictures/index.html");
        assertEquals("../eating-well/", doc.selectFirst("a:contains(eating well)").attr("href"));
        assertEquals("../eating-well/#keep-food-safe", doc.selectFirst("a:contains(its tips)").attr("href"));
        assertTrue(doc.select("a:contains(a missing handout)").isEmpty(), "a link to nothing is its text");
        assertTrue(doc.text().contains("a missing handout"));
        assertEquals("https://example.org/page", doc.selectFirst("a:contains(the web)").attr("href"));
    }

    @Test
    void eachPageOffersItsPdfsAndTheBookletsWithTheirSizes() throws IOException {
        Document doc = page("eating-well/index.html");
        List<String> downloads = doc.select(".downloads a").eachAttr("href");
        assertEquals(List.of("../pdf/handout/eating-well.pdf", "../pdf/large-print/eating-well.pdf"), downloads);
        assertTrue(doc.select(".downloads .size").text().matches(".*\\d+ kB.*"), doc.select(".downloads").text());
        assertTrue(doc.select(".booklets a").eachAttr("href").containsAll(List.of("../booklet.pdf", "../booklet.epub")));
        assertEquals(Files.size(project.out().resolve("pdf/handout/eating-well.pdf")),
                Files.size(site.resolve("pdf/handout/eating-well.pdf")), "the site's copy is the built PDF");
    }

    @Test
    void aDeletedArticleLeavesTheSiteAndTheSiteCanBeSwitchedOff() throws IOException {
        Path scratch = Files.createDirectories(temp.resolve("second"));
        FixtureProject second = FixtureProject.create(scratch).repoArticles("managing-fatigue", "eating-well");
        assertEquals(0, second.build(second.options().withOffline(true)).result().exitCode());
        Path secondSite = second.out().resolve("site");
        assertTrue(Files.isRegularFile(secondSite.resolve("eating-well/index.html")));
        Files.delete(second.articles().resolve("eating-well.md"));
        assertEquals(0, second.build(second.options().withOffline(true)).result().exitCode());
        assertFalse(Files.exists(secondSite.resolve("eating-well")), "the deleted article's page is gone");
        assertTrue(Files.isRegularFile(secondSite.resolve("managing-fatigue/index.html")));

        second.config(FixtureProject.DEFAULT_CONFIG + "site:\n  enabled: false\n");
        Files.delete(secondSite.resolve("index.html"));
        assertEquals(0, second.build(second.options().withOffline(true)).result().exitCode());
        assertFalse(Files.exists(secondSite.resolve("index.html")), "site.enabled: false writes no site");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
