package org.handouts.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.article.Tag;
import org.handouts.article.TagIndex;
import org.handouts.config.Brand;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.ClinicTexts;
import org.handouts.i18n.Languages;
import org.handouts.i18n.Messages;
import org.handouts.i18n.TemplateMessages;
import org.handouts.i18n.Translations;
import org.handouts.article.ArticleLinks;

/**
 * The data a layout template sees. Plain maps, lists and strings, so template authors need no Java:
 * {@code article.*}, {@code brand.*}, {@code booklet.*}, {@code page.*}. Documented in the README.
 */
public final class HandoutModel {
    private HandoutModel() { }

    public static Map<String, Object> forArticle(PreparedArticle inputs, HandoutsConfig config, TagIndex tags) {
        return forArticle(inputs, config, tags, Translations.none());
    }

    /**
     * The model in the article's language: {@code msg(key, ...)} gives the tool's words in it, {@code brand.*}
     * the clinic's texts in it, and {@code article.translations} the same handout in other languages.
     */
    public static Map<String, Object> forArticle(PreparedArticle inputs, HandoutsConfig config, TagIndex tags, Translations translations) {
        String lang = inputs.article().lang().orElse(config.language());
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> article = article(inputs, config, tags, translations);
        article.put("body", handoutBody(inputs, config, tags, Messages.of(lang)));
        model.put("article", article);
        model.put("brand", brand(ClinicTexts.brand(config, lang)));
        model.put("booklet", booklet(config, lang));
        model.put("page", Map.of("size", config.paper().cssName()));
        model.put("msg", new TemplateMessages(Messages.of(lang)));
        return model;
    }

    public static Map<String, Object> article(PreparedArticle inputs, HandoutsConfig config, TagIndex tags) {
        return article(inputs, config, tags, Translations.none());
    }

    public static Map<String, Object> article(PreparedArticle inputs, HandoutsConfig config, TagIndex tags, Translations translations) {
        Article article = inputs.article();
        String lang = article.lang().orElse(config.language());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dir", Languages.direction(lang));
        map.put("translations", translations.others(article).stream().map(other -> Map.of(
                "lang", other.lang(),
                "dir", Languages.direction(other.lang()),
                "language", Languages.ownName(other.lang()),
                "title", other.article().title(),
                "slug", other.article().slug(),
                "url", onlineUrl(other.article(), config).orElse(""))).toList());
        map.put("title", article.title());
        map.put("id", article.id());
        map.put("slug", article.slug());
        map.put("description", article.description());
        map.put("lang", lang);
        map.put("body", inputs.body().xhtml());
        map.put("headings", inputs.body().headings().stream()
                .map(h -> Map.of("level", h.level(), "id", h.id(), "text", h.text())).toList());
        List<Map<String, String>> topics = new ArrayList<>();
        for (Tag tag : tags.tagsOf(article)) {
            topics.add(Map.of("label", ClinicTexts.tagLabel(config, tag.key(), tags.label(tag), lang), "slug", tag.slug()));
        }
        map.put("tags", topics);
        map.put("reviewed", article.reviewed().map(d -> formatDate(d, lang)).orElse(""));
        map.put("reviewedIso", article.reviewed().map(LocalDate::toString).orElse(""));
        Optional<String> url = onlineUrl(article, config);
        map.put("url", url.orElse(""));
        // An inline PNG (data: URI) of a QR code for the URL; empty when the article has no online version.
        map.put("qr", url.<Object>map(QrCode::lazyDataUri).orElse(""));
        inputs.hero().ifPresent(hero -> {
            Map<String, Object> heroMap = new LinkedHashMap<>();
            heroMap.put("src", hero.uri());
            heroMap.put("alt", article.hero().map(h -> h.alt().isBlank() ? article.title() : h.alt()).orElse(article.title()));
            heroMap.put("credit", article.hero().map(h -> h.credit()).orElse(""));
            heroMap.put("width", hero.width());
            heroMap.put("height", hero.height());
            map.put("hero", heroMap);
        });
        map.put("related", inputs.related().stream()
                .map(r -> Map.of("title", r.title(), "slug", r.slug(), "description", r.description())).toList());
        return map;
    }

    public static Map<String, Object> brand(Brand brand) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("clinicName", brand.clinicName());
        map.put("logo", brand.logo().map(p -> p.toUri().toString()).orElse(""));
        map.put("primaryColor", brand.primaryColor());
        // The brand colour darkened (if need be) to at least 7:1 on white, for text in the large-print layout.
        map.put("textColor", Contrast.darkenToRatio(brand.primaryColor(), 7.0));
        map.put("phone", brand.phone());
        map.put("phoneHref", brand.phoneHref());
        map.put("website", brand.website());
        map.put("websiteLabel", brand.websiteLabel());
        map.put("address", brand.address());
        map.put("disclaimer", brand.disclaimer());
        return map;
    }

    public static Map<String, Object> booklet(HandoutsConfig config) {
        return booklet(config, config.language());
    }

    /** The booklet's title and language as a booklet in {@code lang} shows them. */
    public static Map<String, Object> booklet(HandoutsConfig config, String lang) {
        return Map.of("title", ClinicTexts.title(config, lang), "language", lang, "dir", Languages.direction(lang));
    }

    /**
     * The body of a handout printed alone, whose links to other articles cannot lead to their pages: each
     * leads to the other article online when the site has an address, else it is its text followed by the
     * other handout's title, so the reader knows which handout to ask for.
     */
    static String handoutBody(PreparedArticle inputs, HandoutsConfig config, TagIndex tags, Messages messages) {
        String xhtml = inputs.body().xhtml();
        if (!xhtml.contains("href=")) {
            return xhtml;
        }
        List<Article> all = tags.groups().stream().flatMap(g -> g.articles().stream()).distinct().toList();
        ArticleLinks links = ArticleLinks.of(all);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<body>" + xhtml + "</body>", "", org.jsoup.parser.Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        org.jsoup.nodes.Element body = doc.selectFirst("body");
        ArticleLinkRewriter.rewrite(body, inputs.article(), links,
                target -> onlineUrl(target.article(), config).map(url -> target.fragment().isEmpty() ? url : url + "#" + target.fragment()),
                (link, target) -> ArticleLinkRewriter.textWithNote(link, messages.format("link.see.handout", target.article().title())));
        return body.html();
    }

    /** Where the article lives online: its own {@code url}, else the site's base URL plus its slug. */
    public static Optional<String> onlineUrl(Article article, HandoutsConfig config) {
        return article.url().or(() -> config.siteBaseUrl().map(base -> base + article.slug()));
    }

    public static String formatDate(LocalDate date, String lang) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
    }
}
