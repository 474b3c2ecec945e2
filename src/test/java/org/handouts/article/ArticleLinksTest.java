package org.handouts.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

/** Links between articles, written every way a website's library writes them, lead to the right article. */
class ArticleLinksTest {

    private static final Path LIBRARY = Path.of("/library/articles").toAbsolutePath();

    private static Article article(String path, String body) {
        String slug = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
        return new ArticleReader().parse(LIBRARY.resolve(path), "---\ntitle: " + slug + "\nid: " + slug + "\n---\n\n" + body + "\n",
                new ArrayList<>()).orElseThrow();
    }

    private final Article tremor = article("managing-symptoms/tremor.md",
            "See [a](../living-well/exercise.md), [b](../living-well/exercise.md#staying-safe), [c](/living-well/sleep),"
            + " [d](/blog/sleep/), [e](#here), [f](../living-well/gone.md), [g](forms/intake.pdf), [h](https://x.example/a.md).");
    private final Article exercise = article("living-well/exercise.md", "Text.");
    private final Article sleep = article("living-well/sleep.md", "Text.");
    private final ArticleLinks links = ArticleLinks.of(List.of(tremor, exercise, sleep));

    private Optional<ArticleLinks.Target> resolve(String href) {
        return links.resolve(href, tremor);
    }

    @Test
    void relativeParentRootAndPrefixedLinksLeadToTheArticleAndItsHeading() {
        assertEquals(Optional.of(new ArticleLinks.Target(exercise, "")), resolve("../living-well/exercise.md"));
        assertEquals(Optional.of(new ArticleLinks.Target(exercise, "staying-safe")), resolve("../living-well/exercise.md#staying-safe"));
        assertEquals(Optional.of(new ArticleLinks.Target(sleep, "")), resolve("/living-well/sleep"));
        assertEquals(Optional.of(new ArticleLinks.Target(sleep, "")), resolve("/blog/sleep/"));
        assertEquals(Optional.of(new ArticleLinks.Target(exercise, "")), links.resolve("exercise.mdx", sleep));
        assertEquals(Optional.empty(), resolve("../living-well/gone.md"));
        assertEquals(Optional.empty(), resolve("../../../../etc/passwd.md"));
    }

    @Test
    void anchorsFilesAndWebAddressesAreNoArticleLinks() {
        for (String href : List.of("#here", "forms/intake.pdf", "https://x.example/a.md", "mailto:a@b.example", "//cdn.example/x", "")) {
            assertFalse(ArticleLinks.isArticleLink(href), href);
        }
        assertTrue(ArticleLinks.isArticleLink("other"));
        assertTrue(ArticleLinks.isArticleLink("../folder/other.md#part"));
    }

    @Test
    void onlyTheLinkToAMissingArticleIsAWarningWhereItIsWritten() {
        List<Diagnostic> missing = links.missing(tremor);
        assertEquals(1, missing.size(), missing.toString());
        assertEquals(6, missing.get(0).line());
        assertTrue(missing.get(0).message().contains("'../living-well/gone.md' leads to no article"), missing.get(0).message());
        assertEquals(Rules.ARTICLE_LINK, missing.get(0).rule());
    }
}
