package org.handouts.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handouts.article.Article;
import org.handouts.article.ArticleLinks;
import java.util.Optional;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.ClinicTexts;
import org.handouts.i18n.Messages;
import org.handouts.i18n.TemplateMessages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The data {@code booklet.ftlx} sees: {@code booklet.*} (title, language, date), {@code brand.*},
 * {@code page.*}, {@code articles} (each as in a handout, plus {@code anchor}) and {@code topics} (each tag
 * with its label, {@code anchor} and articles). All articles share one document, so every id in an
 * article body (headings, footnotes) is prefixed with the article's slug and links inside it follow.
 */
public final class BookletModel {
    private BookletModel() { }

    public static Map<String, Object> forLibrary(List<PreparedArticle> inputs, HandoutsConfig config,
                                                 TagIndex tags, LocalDate date) {
        return forLibrary(inputs, config, tags, date, config.language());
    }

    /** The booklet in {@code lang}: its words ({@code msg}), the clinic's texts and the topic names in that language. */
    public static Map<String, Object> forLibrary(List<PreparedArticle> inputs, HandoutsConfig config,
                                                 TagIndex tags, LocalDate date, String lang) {
        Messages messages = Messages.of(lang);
        Map<Article, Map<String, Object>> byArticle = new IdentityHashMap<>();
        List<Map<String, Object>> articles = new ArrayList<>();
        ArticleLinks links = ArticleLinks.of(inputs.stream().map(PreparedArticle::article).toList());
        Map<Article, PreparedArticle> inBooklet = new IdentityHashMap<>();
        inputs.forEach(input -> inBooklet.put(input.article(), input));
        for (PreparedArticle input : inputs) {
            Map<String, Object> article = HandoutModel.article(input, config, tags);
            String prefix = input.article().slug() + "--";
            article.put("anchor", anchor(input.article().slug()));
            article.put("body", inBooklet(input.body().xhtml(), prefix, input.article(), links, inBooklet));
            article.put("headings", input.body().headings().stream()
                    .map(h -> Map.of("level", h.level(), "id", prefix + h.id(), "text", h.text())).toList());
            articles.add(article);
            byArticle.put(input.article(), article);
        }
        List<Map<String, Object>> topics = new ArrayList<>();
        for (TagIndex.Group group : tags.groups()) {
            List<Map<String, Object>> members = group.articles().stream()
                    .filter(byArticle::containsKey).map(byArticle::get).toList();
            if (!members.isEmpty()) {
                String slug = group.isUntagged() ? "other" : group.tag().slug();
                topics.add(Map.of("label", group.isUntagged() ? messages.format("topics.other")
                                : ClinicTexts.tagLabel(config, group.tag().key(), tags.label(group.tag()), lang),
                        "anchor", "topic-" + slug, "articles", members));
            }
        }
        Map<String, Object> booklet = new LinkedHashMap<>(HandoutModel.booklet(config, lang));
        booklet.put("date", HandoutModel.formatDate(date, lang));
        booklet.put("dateIso", date.toString());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("booklet", booklet);
        model.put("brand", HandoutModel.brand(ClinicTexts.brand(config, lang)));
        model.put("msg", new TemplateMessages(messages));
        model.put("page", Map.of("size", config.paper().cssName()));
        model.put("articles", articles);
        model.put("topics", topics);
        return model;
    }

    /** The id of an article's title in the booklet, where the index, the bookmarks and its chapter start. */
    public static String anchor(String slug) {
        return slug + "--title";
    }

    /** A body as the booklet holds it: its ids prefixed ({@link #prefixIds}), its links to other articles to their pages ({@link #linkArticles}); parsed once. */
    static String inBooklet(String xhtml, String prefix, Article from, ArticleLinks links, Map<Article, PreparedArticle> inBooklet) {
        Document doc = Jsoup.parse("<body>" + xhtml + "</body>", "", Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        Element body = doc.selectFirst("body");
        prefixIds(body, prefix);
        if (xhtml.contains("href=")) {
            linkArticles(body, from, links, inBooklet);
        }
        return body.html();
    }

    /**
     * Links to other articles of the booklet lead to their pages: to the heading named after {@code #} when
     * the article has it, else to its title. One to an article not in this booklet (another language's) is text.
     */
    static String linkArticles(String xhtml, Article from, ArticleLinks links, Map<Article, PreparedArticle> inBooklet) {
        if (!xhtml.contains("href=")) {
            return xhtml;
        }
        Document doc = Jsoup.parse("<body>" + xhtml + "</body>", "", Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        Element body = doc.selectFirst("body");
        linkArticles(body, from, links, inBooklet);
        return body.html();
    }

    private static void linkArticles(Element body, Article from, ArticleLinks links, Map<Article, PreparedArticle> inBooklet) {
        ArticleLinkRewriter.rewrite(body, from, links, target -> Optional.ofNullable(inBooklet.get(target.article()))
                .map(prepared -> "#" + idOf(prepared, target.fragment())), ArticleLinkRewriter::unwrap);
    }

    /** The booklet id of a heading of {@code prepared} named {@code fragment}, or of its title when it has none of that name. */
    private static String idOf(PreparedArticle prepared, String fragment) {
        String slug = prepared.article().slug();
        boolean known = !fragment.isEmpty() && prepared.body().headings().stream().anyMatch(h -> h.id().equals(fragment));
        return known ? slug + "--" + fragment : anchor(slug);
    }

    /** Prefixes every id in a body, and every in-page link ({@code href="#..."}) with it. */
    static String prefixIds(String xhtml, String prefix) {
        Document doc = Jsoup.parse("<body>" + xhtml + "</body>", "", Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        Element body = doc.selectFirst("body");
        prefixIds(body, prefix);
        return body.html();
    }

    private static void prefixIds(Element body, String prefix) {
        for (Element element : body.select("[id]")) {
            element.id(prefix + element.id());
        }
        for (Element link : body.select("a[href^=#]")) {
            link.attr("href", "#" + prefix + link.attr("href").substring(1));
        }
    }
}
