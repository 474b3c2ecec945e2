package org.handouts.epub;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.handouts.article.Article;
import org.handouts.article.ArticleLinks;
import org.handouts.render.PreparedArticle;

/**
 * Where a link to another article leads in this book: that article's chapter, at the heading named after
 * {@code #} when the chapter has it (a reading system refuses a link to a place that is not there). Which
 * article it is, {@link ArticleLinks} decides, as for every other output.
 *
 * @param chapterBySlug each article's chapter file, by slug
 * @param headingIds    the heading ids of each article's body, by slug
 */
record ChapterLinks(ArticleLinks links, Map<String, Article> articleBySlug, Map<String, String> chapterBySlug,
                    Map<String, Set<String>> headingIds) {

    static ChapterLinks of(List<PreparedArticle> prepared, Map<String, String> chapterBySlug) {
        Map<String, Article> bySlug = new TreeMap<>();
        Map<String, Set<String>> ids = new TreeMap<>();
        for (PreparedArticle p : prepared) {
            bySlug.put(p.article().slug(), p.article());
            Set<String> headings = new TreeSet<>();
            p.body().headings().forEach(h -> headings.add(h.id()));
            ids.put(p.article().slug(), headings);
        }
        return new ChapterLinks(ArticleLinks.of(bySlug.values()), bySlug, Map.copyOf(chapterBySlug), ids);
    }

    /** For articles whose bodies are not at hand (their headings unknown: links lead to the chapter's start). */
    static ChapterLinks ofArticles(List<Article> articles, Map<String, String> chapterBySlug) {
        Map<String, Article> bySlug = new TreeMap<>();
        articles.forEach(a -> bySlug.put(a.slug(), a));
        return new ChapterLinks(ArticleLinks.of(bySlug.values()), bySlug, Map.copyOf(chapterBySlug), Map.of());
    }

    /** Where {@code href}, written in the article {@code fromSlug}, leads in the book; empty when it is no link to an article of it. */
    Optional<String> target(String href, String fromSlug) {
        Article from = articleBySlug.get(fromSlug);
        if (from == null) {
            return Optional.empty();
        }
        return links.resolve(href, from).flatMap(target -> {
            String slug = target.article().slug();
            String chapter = chapterBySlug.get(slug);
            if (chapter == null) {
                return Optional.empty();
            }
            boolean known = headingIds.getOrDefault(slug, Set.of()).contains(target.fragment());
            return Optional.of(known ? chapter + "#" + target.fragment() : chapter);
        });
    }

    /** What a kept chapter's links were worked out from: a chapter kept under another key is cleaned again. */
    String key() {
        return new TreeMap<>(chapterBySlug).toString() + headingIds;
    }
}
