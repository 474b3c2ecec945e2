package org.handouts.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handouts.images.ByteSize;
import org.handouts.testing.FixtureProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's pages are worked out while the PDFs and booklets are still being made: after an edit that
 * changes their sizes, every page still offers them with the sizes of the files this build wrote.
 */
class SiteAfterAnEditTest {

    @TempDir
    Path temp;

    @Test
    void downloadSizesAreThoseOfTheFilesThisBuildWrote() throws IOException {
        FixtureProject project = FixtureProject.create(temp).repoArticles("managing-fatigue", "eating-well");
        assertEquals(0, project.build(options(project)).result().exitCode());

        String longer = Files.readString(project.articles().resolve("eating-well.md"))
                + "\n## More\n\n" + "Eat small meals often, and drink water through the day. ".repeat(400) + "\n";
        project.article("eating-well.md", longer);
        FixtureProject.Run edited = project.build(options(project));
        assertEquals(0, edited.result().exitCode(), edited.stderr());

        Path site = project.out().resolve("site");
        Document page = Jsoup.parse(site.resolve("eating-well/index.html").toFile(), "UTF-8");
        assertSizes(page, "eating-well/", project.out(), List.of("pdf/handout/eating-well.pdf", "booklet.epub"));
        Document other = Jsoup.parse(site.resolve("managing-fatigue/index.html").toFile(), "UTF-8");
        assertSizes(other, "managing-fatigue/", project.out(), List.of("booklet.epub"));
    }

    private static void assertSizes(Document page, String folder, Path out, List<String> files) throws IOException {
        for (String file : files) {
            Element link = page.select("a[href]").stream()
                    .filter(a -> a.attr("href").equals("../" + file)).findFirst()
                    .orElseThrow(() -> new AssertionError(folder + " offers no " + file + ": " + page.select("a[href]").eachAttr("href")));
            String size = ByteSize.label(Files.size(out.resolve(file)));
            String shown = link.parent().text();
            if (!shown.contains(size)) {
                throw new AssertionError(folder + ": " + file + " is " + size + ", the page says: " + shown);
            }
        }
    }

    private static org.handouts.config.BuildOptions options(FixtureProject project) {
        return project.options().withBookletPdf(false);
    }
}
