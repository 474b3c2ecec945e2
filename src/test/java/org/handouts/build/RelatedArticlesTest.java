package org.handouts.build;

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
}
