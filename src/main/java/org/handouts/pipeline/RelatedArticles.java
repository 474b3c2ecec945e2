package org.handouts.pipeline;

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
     * The same answer as {@link #of} for every article of a library, in about the time of one pass over
     * the tag lists: shared-tag counts come from an index from tag to articles, the title order from one
     * sort of the library, and only the best {@code limit} are kept (no sort per article). A 1,000-article
     * library where every article shares one tag would otherwise cost a million title comparisons per build.
     */
    static java.util.Map<Article, List<Article>> all(List<Article> library, int limit) {
        int n = library.size();
        java.util.Map<Article, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(library.get(i), i);
        }
        // Rank by title; the sort is stable, so equal titles keep library order, as in of().
        List<Article> byTitle = new ArrayList<>(library);
        byTitle.sort(TagIndex.byTitle());
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[index.get(byTitle.get(r))] = r;
        }
        // One entry per occurrence, so counts equal of()'s "tags of the other article that this one has".
        java.util.Map<Tag, List<Integer>> byTag = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Tag tag : library.get(i).tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
            }
        }
        int[] shared = new int[n];
        int[] touched = new int[n];
        java.util.Map<Article, List<Article>> related = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (Tag tag : new java.util.LinkedHashSet<>(library.get(i).tags())) {
                for (int j : byTag.getOrDefault(tag, List.of())) {
                    if (j != i && shared[j]++ == 0) {
                        touched[count++] = j;
                    }
                }
            }
            int[] best = new int[Math.max(0, limit)];
            int kept = 0;
            for (int k = 0; k < count; k++) {
                int j = touched[k];
                int at = kept;
                while (at > 0 && better(j, best[at - 1], shared, rank)) {
                    at--;
                }
                if (at < limit) {
                    int end = Math.min(kept, limit - 1);
                    System.arraycopy(best, at, best, at + 1, end - at);
                    best[at] = j;
                    kept = Math.min(kept + 1, limit);
                }
            }
            List<Article> top = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                top.add(library.get(best[k]));
            }
            related.put(library.get(i), List.copyOf(top));
            for (int k = 0; k < count; k++) {
                shared[touched[k]] = 0;
            }
        }
        return related;
    }

    private static boolean better(int a, int b, int[] shared, int[] rank) {
        return shared[a] != shared[b] ? shared[a] > shared[b] : rank[a] < rank[b];
    }
}
