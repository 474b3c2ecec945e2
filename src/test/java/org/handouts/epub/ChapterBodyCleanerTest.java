package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cleaner on its own, fed markup the sanitizer would never pass, to prove its own guarantees. */
class ChapterBodyCleanerTest {

    @Test
    void picturesAreCopiedInAndEverythingPointingOutsideTheBookGoes(@TempDir Path dir) throws IOException {
        Path picture = dir.resolve("a picture.png");
        Files.write(picture, EpubBookletTest.png(10, 10, Color.RED));
        Path notAPicture = dir.resolve("page.png");
        Files.writeString(notAPicture, "<html><body>Not found</body></html>");
        BookletImages images = new BookletImages();
        ChapterLinks links = ChapterLinks.ofArticles(List.of(article(dir, "art"), article(dir, "other")), Map.of("art", "art.xhtml", "other", "other.xhtml"));
        ChapterBodyCleaner cleaner = new ChapterBodyCleaner(images, links, Set.of("chapter-title"));

        ChapterBodyCleaner.Cleaned cleaned = cleaner.clean("""
                <p id="chapter-title">x</p><script>alert(1)</script>
                <p><img src="%s" alt="A red square" align="left"/><img src="%s" alt=""/>
                <img src="%s" alt="Lost"/><img src="https://remote.example/x.png" alt=""/></p>
                <p><a href="other.md#part">other</a> <a href="#nowhere">gone</a> <a href="ftp-like:x">odd</a>
                <a href="tel:+15550100">call</a> <strike>old</strike></p>
                <table summary="t" width="3"><tr><td axis="x">c</td></tr></table>
                """.formatted(picture.toUri(), picture.toUri(), notAPicture.toUri()), "art");

        String xhtml = cleaned.xhtml();
        assertFalse(xhtml.contains("script"), xhtml);
        assertEquals(1, images.all().size(), "one file used twice is stored once");
        assertEquals("images/art-1.png", images.all().get(0).href());
        assertTrue(xhtml.contains("<img src=\"../images/art-1.png\" alt=\"A red square\" />"), xhtml);
        assertEquals(1, cleaned.undescribedImages(), "the second use has an empty alt");
        assertTrue(xhtml.contains("<span class=\"missing-image\">Lost</span>"), xhtml);
        assertFalse(xhtml.contains("remote.example"), xhtml);
        assertTrue(xhtml.contains("<a href=\"other.xhtml\">other</a>"), xhtml);
        assertTrue(xhtml.contains(" gone ") && xhtml.contains(" odd"), xhtml);
        assertTrue(xhtml.contains("<a href=\"tel:+15550100\">call</a>"), xhtml);
        assertTrue(xhtml.contains("<s>old</s>"), xhtml);
        assertTrue(xhtml.contains("id=\"chapter-title-2\""), xhtml);
        for (String obsolete : new String[] {"align=", "summary=", "width=", "axis="}) {
            assertFalse(xhtml.contains(obsolete), obsolete + " in " + xhtml);
        }
    }

    private static org.handouts.article.Article article(Path dir, String slug) {
        return new org.handouts.article.ArticleReader().parse(dir.resolve(slug + ".md"),
                "---\ntitle: " + slug + "\nid: " + slug + "\n---\n\nText.\n", new java.util.ArrayList<>()).orElseThrow();
    }
}
