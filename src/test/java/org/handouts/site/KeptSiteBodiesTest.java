package org.handouts.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body kept from the last build is used only while everything it is made from is the same: once the
 * article a link leads to is gone, the link is plain text; a picture the site no longer has is copied again.
 */
class KeptSiteBodiesTest {

    @TempDir
    Path temp;

    @Test
    void aKeptBodyFollowsWhatItLinksToAndKeepsItsPictures(@TempDir Path temp) throws IOException {
        FixtureProject project = FixtureProject.create(temp)
                .writeBytes("articles/images/wide.jpg", TestImages.jpeg(1200, 600))
                .simpleArticle("rest", "Rest", "", "See [water](water.md).\n\n![A quiet garden](images/wide.jpg)\n")
                .simpleArticle("water", "Water", "", "Drink water through the day.");
        assertEquals(0, project.build(options(project)).result().exitCode());
        Path page = project.out().resolve("site/rest/index.html");
        String first = Files.readString(page);
        assertTrue(Files.isRegularFile(project.out().resolve(KeptSiteBodies.FILE_NAME)));

        assertTrue(Jsoup.parse(first).select("a[href=../water/]").size() == 1, first);
        // The body of 'rest' is unchanged; the article its link leads to is gone.
        Files.delete(project.articles().resolve("water.md"));
        Path media = project.out().resolve("site/media");
        try (var files = Files.walk(media)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        FixtureProject.Run again = project.build(options(project));
        assertEquals(0, again.result().exitCode(), again.stderr());
        var doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(0, doc.select("a[href=../water/]").size(), doc.body().html());
        assertTrue(doc.text().contains("See water."), doc.text());
        Element img = doc.select("img[alt=A quiet garden]").first();
        assertTrue(img != null, doc.body().html());
        assertTrue(Files.isRegularFile(page.getParent().resolve(img.attr("src")).normalize()), "the picture is in the site again: " + img.attr("src"));
        assertTrue(!first.equals(Files.readString(page)));
    }

    private static org.handouts.config.BuildOptions options(FixtureProject project) {
        return project.options().withBookletPdf(false);
    }
}
