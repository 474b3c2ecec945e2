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

    /**
     * The same answer as {@link #of} for every article of a library, via an index from tag to articles:
     * a large library is not compared pair by pair (1,000 articles would be a million comparisons per build).
     */
    static java.util.Map<Article, List<Article>> all(List<Article> library, int limit) {
        java.util.Map<Tag, List<Article>> byTag = new java.util.HashMap<>();
        for (Article article : library) {
            for (Tag tag : new java.util.LinkedHashSet<>(article.tags())) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
            }
        }
        java.util.Map<Article, List<Article>> related = new java.util.IdentityHashMap<>();
        for (Article article : library) {
            java.util.Map<Article, Long> shared = new java.util.IdentityHashMap<>();
            for (Article other : candidates(article, byTag)) {
                if (other != article) {
                    shared.put(other, other.tags().stream().filter(article.tags()::contains).count());
                }
            }
            List<Article> ranked = new ArrayList<>(shared.keySet());
            ranked.sort(Comparator.<Article>comparingLong(shared::get).reversed().thenComparing(TagIndex.byTitle()));
            related.put(article, List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))));
        }
        return related;
    }

    private static java.util.Set<Article> candidates(Article article, java.util.Map<Tag, List<Article>> byTag) {
        java.util.Set<Article> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Tag tag : article.tags()) {
            found.addAll(byTag.getOrDefault(tag, List.of()));
        }
        return found;
    }

}
