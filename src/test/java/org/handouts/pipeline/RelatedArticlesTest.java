package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handouts.article.Article;
import org.handouts.article.Library;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

    @Test
    void theIndexedVersionGivesTheSameListsAsThePairwiseOne() throws Exception {
        List<Article> shipped = Library.read(Path.of("articles")).articles();
        Map<Article, List<Article>> all = RelatedArticles.all(shipped, 3);
        boolean anyRelated = false;
        for (Article article : shipped) {
            assertEquals(RelatedArticles.of(article, shipped, 3), all.get(article), article.slug());
            anyRelated |= !all.get(article).isEmpty();
        }
        org.junit.jupiter.api.Assertions.assertTrue(anyRelated, "the shipped library has related articles");
    }

    @Test
    void theIndexedVersionAgreesOnALargeLibraryWithTiesAndSameTitles() {
        java.util.Random random = new java.util.Random(7);
        String[] pool = {"sleep", "work", "pain", "diet", "family", "money"};
        List<Article> library = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<org.handouts.article.Tag> tags = new java.util.ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                tags.add(org.handouts.article.Tag.of(pool[random.nextInt(pool.length)]));
            }
            String title = "Title " + random.nextInt(40);
            library.add(new Article(Path.of("articles/a" + i + ".md"), "a" + i, "a" + i,
                    new org.handouts.diagnostics.SourcePosition(1, 1), title, "", tags, java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), org.handouts.article.MarkdownBody.parse("", 1), ""));
        }
        Map<Article, List<Article>> all = RelatedArticles.all(library, 3);
        for (Article article : library) {
            assertEquals(RelatedArticles.of(article, library, 3), all.get(article), article.slug());
        }
    }
}
