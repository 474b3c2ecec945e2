package org.handouts.render;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.handouts.article.Article;
import org.handouts.article.ArticleLinks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Points an article body's links to other articles where each writer keeps them (a booklet page, an EPUB
 * chapter, a web page, the article online): the resolving is {@link ArticleLinks}, shared by every writer
 * and by the warnings, so a link means the same in every output. A link that looks like one to an article
 * but leads to none becomes its text (it was reported once, where it is written).
 */
public final class ArticleLinkRewriter {

    private ArticleLinkRewriter() { }

    /**
     * @param hrefOf    where the writer keeps a target, or empty when it has no place for it
     * @param otherwise what to do with a link whose target has no place in this output
     */
    public static void rewrite(Element root, Article from, ArticleLinks links,
                               Function<ArticleLinks.Target, Optional<String>> hrefOf,
                               BiConsumer<Element, ArticleLinks.Target> otherwise) {
        for (Element link : root.select("a[href]")) {
            String href = link.attr("href");
            if (!ArticleLinks.isArticleLink(href)) {
                continue;
            }
            Optional<ArticleLinks.Target> target = links.resolve(href, from);
            if (target.isEmpty()) {
                link.unwrap();
                continue;
            }
            Optional<String> to = hrefOf.apply(target.get());
            if (to.isPresent()) {
                link.attr("href", to.get());
                if (link.attr("title").isBlank() || link.attr("title").equals(href)) {
                    link.attr("title", target.get().article().title());
                }
            } else {
                otherwise.accept(link, target.get());
            }
        }
    }

    /** A link with nowhere to go: its text. */
    public static void unwrap(Element link, ArticleLinks.Target target) {
        link.unwrap();
    }

    /** A link with nowhere to go on paper: its text followed by where to find the other article, as {@code note} words it. */
    public static void textWithNote(Element link, String note) {
        link.after(new TextNode(" (" + note + ")"));
        link.unwrap();
    }
}
