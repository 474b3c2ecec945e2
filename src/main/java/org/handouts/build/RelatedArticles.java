package org.handouts.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handouts.article.Article;
import org.handouts.article.Tag;
import org.handouts.article.TagIndex;

/** "Related handouts": the other articles that share the most tags, ties broken by title. */
final class RelatedArticles {
    private RelatedArticles() { }

    static List<Article> of(Article article, List<Article> library, int limit) {
        record Scored(Article article, long shared) { }
        List<Scored> scored = new ArrayList<>();
        for (Article other : library) {
            if (other == article) {
                continue;
            }
            long shared = other.tags().stream().filter(article.tags()::contains).count();
            if (shared > 0) {
                scored.add(new Scored(other, shared));
            }
        }
        scored.sort(Comparator.comparingLong(Scored::shared).reversed()
                .thenComparing(Scored::article, TagIndex.byTitle()));
        return scored.stream().limit(limit).map(Scored::article).toList();
    }

}
