package org.handouts.epub;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.handouts.article.Article;
import org.handouts.article.TagIndex;
import org.handouts.config.Brand;
import org.handouts.i18n.Languages;
import org.handouts.i18n.Messages;

/**
 * The booklet's XHTML pages: cover, title page, Topics, one chapter per article, About. Each page is a
 * complete, well-formed XHTML5 document with its language, one {@code h1} and the shared stylesheet.
 * All pages live in {@code text/}, so links between them are bare file names.
 */
final class BookletPages {

    /** What a chapter shows; {@code bodyXhtml} is already cleaned for EPUB. */
    record Chapter(String lang, String title, String description, Optional<Hero> hero, String bodyXhtml,
                   List<TopicLink> topics, String reviewed) { }

    record Hero(String href, String alt, String credit) { }

    record TopicLink(String label, String anchor) { }

    /** Ids the chapter page uses around the article body, which the body must not reuse. */
    static final java.util.Set<String> CHAPTER_IDS = java.util.Set.of("chapter", "chapter-title");

    static final String TOPICS_FILE = "topics.xhtml";

    private final String lang;

    /** The booklet's own words, in its language. */
    private final Messages words;

    BookletPages(String lang) {
        this.lang = lang;
        this.words = Messages.of(lang);
    }

    String cover(String title, String imageHref, String alt) {
        return page(lang, title, "cover",
                "<section class=\"cover\" epub:type=\"cover\">\n"
                + "<img role=\"doc-cover\" src=\"../" + Xml.escape(imageHref) + "\" alt=\"" + Xml.escape(alt) + "\"/>\n"
                + "</section>\n");
    }

    String titlePage(String title, Brand brand, String made) {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"title-page\" epub:type=\"titlepage\" aria-labelledby=\"booklet-title\">\n");
        body.append("<h1 id=\"booklet-title\">").append(Xml.escape(title)).append("</h1>\n");
        body.append("<p class=\"clinic\">").append(Xml.escape(brand.clinicName())).append("</p>\n");
        contact(body, brand, words);
        body.append("<p class=\"made\">").append(Xml.escape(words.format("epub.made.on", made))).append("</p>\n");
        body.append("</section>\n");
        return page(lang, title, "title-page", body.toString());
    }

    String topics(List<TagIndex.Group> groups, Function<Article, String> chapterHref) {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"topics\" aria-labelledby=\"topics-title\">\n");
        body.append("<h1 id=\"topics-title\">").append(Xml.escape(words.format("booklet.topics"))).append("</h1>\n");
        body.append("<p>").append(Xml.escape(words.format("epub.topics.intro"))).append("</p>\n");
        for (TagIndex.Group group : groups) {
            String id = topicAnchor(group);
            body.append("<section class=\"topic\" aria-labelledby=\"").append(id).append("\">\n");
            body.append("<h2 id=\"").append(id).append("\">").append(Xml.escape(group.tag().label())).append("</h2>\n<ul>\n");
            for (Article article : group.articles()) {
                body.append("<li><a href=\"").append(Xml.escape(chapterHref.apply(article))).append("\">")
                        .append(Xml.escape(article.title())).append("</a></li>\n");
            }
            body.append("</ul>\n</section>\n");
        }
        body.append("</section>\n");
        return page(lang, words.format("booklet.topics"), "topics", body.toString());
    }

    String chapter(Chapter chapter) {
        StringBuilder body = new StringBuilder();
        body.append("<section id=\"chapter\" epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"chapter-title\">\n");
        body.append("<h1 id=\"chapter-title\">").append(Xml.escape(chapter.title())).append("</h1>\n");
        if (!chapter.description().isBlank()) {
            body.append("<p class=\"description\">").append(Xml.escape(chapter.description())).append("</p>\n");
        }
        chapter.hero().ifPresent(hero -> {
            String img = "<img src=\"../" + Xml.escape(hero.href()) + "\" alt=\"" + Xml.escape(hero.alt()) + "\"/>\n";
            if (hero.credit().isBlank()) {
                body.append("<div class=\"hero\">\n").append(img).append("</div>\n");
            } else {
                body.append("<figure class=\"hero\">\n").append(img)
                        .append("<figcaption class=\"credit\">").append(Xml.escape(hero.credit())).append("</figcaption>\n</figure>\n");
            }
        });
        body.append("<div class=\"article-body\">\n").append(chapter.bodyXhtml()).append("\n</div>\n");
        body.append("<div class=\"chapter-meta\">\n");
        if (!chapter.topics().isEmpty()) {
            body.append("<p class=\"chapter-topics\">").append(Xml.escape(Messages.of(chapter.lang()).format("topics.label"))).append(' ');
            for (int i = 0; i < chapter.topics().size(); i++) {
                TopicLink topic = chapter.topics().get(i);
                body.append(i == 0 ? "" : ", ").append("<a href=\"").append(TOPICS_FILE).append('#').append(Xml.escape(topic.anchor()))
                        .append("\">").append(Xml.escape(topic.label())).append("</a>");
            }
            body.append("</p>\n");
        }
        if (!chapter.reviewed().isBlank()) {
            body.append("<p class=\"reviewed\">").append(Xml.escape(Messages.of(chapter.lang()).format("reviewed", chapter.reviewed()))).append("</p>\n");
        }
        body.append("</div>\n</section>\n");
        return page(chapter.lang(), chapter.title(), "chapter", body.toString());
    }

    String about(Brand brand, String made, int handouts) {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"about\" aria-labelledby=\"about-title\">\n");
        body.append("<h1 id=\"about-title\">").append(Xml.escape(words.format("booklet.about"))).append("</h1>\n");
        body.append("<p>").append(Xml.escape(words.format("epub.about.text", handouts, brand.clinicName(), made))).append("</p>\n");
        body.append("<h2>").append(Xml.escape(words.format("booklet.contact"))).append("</h2>\n");
        body.append("<p>").append(Xml.escape(brand.clinicName())).append("</p>\n");
        contact(body, brand, words);
        if (!brand.disclaimer().isBlank()) {
            body.append("<h2>").append(Xml.escape(words.format("keep.in.mind"))).append("</h2>\n<p class=\"disclaimer\">").append(Xml.escape(brand.disclaimer())).append("</p>\n");
        }
        body.append("</section>\n");
        return page(lang, words.format("booklet.about"), "about", body.toString());
    }

    /** The id of a topic's heading on the Topics page. */
    static String topicAnchor(TagIndex.Group group) {
        return group.isUntagged() ? "other-topics" : "topic-" + group.tag().slug();
    }

    private static void contact(StringBuilder body, Brand brand, Messages words) {
        if (!brand.address().isBlank()) {
            body.append("<p>").append(Xml.escape(brand.address())).append("</p>\n");
        }
        if (!brand.phone().isBlank()) {
            String digits = brand.phoneDigits();
            String phone = Xml.escape(brand.phone());
            String number = "<bdi>" + (digits.isEmpty() ? phone : "<a href=\"" + brand.phoneHref() + "\">" + phone + "</a>") + "</bdi>";
            body.append("<p>").append(Xml.escape(words.format("booklet.phone", "\uE000")).replace("\uE000", number)).append("</p>\n");
        }
        if (!brand.website().isBlank()) {
            String label = Xml.escape(brand.websiteLabel());
            String site = brand.website().matches("(?i)https?://\\S+")
                    ? "<a href=\"" + Xml.escape(brand.website()) + "\">" + label + "</a>" : label;
            body.append("<p>").append(Xml.escape(words.format("booklet.website", "\uE000")).replace("\uE000", site)).append("</p>\n");
        }
    }

    private static String page(String lang, String title, String bodyClass, String body) {
        String language = Xml.escape(lang);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + language + "\" xml:lang=\"" + language + "\"" + (Languages.isRightToLeft(lang) ? " dir=\"rtl\"" : "") + ">\n"
                + "<head>\n<meta charset=\"UTF-8\"/>\n<title>" + Xml.escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"../" + BookletStyle.HREF + "\"/>\n"
                + "</head>\n"
                + "<body class=\"" + bodyClass + "\">\n" + body + "</body>\n</html>\n";
    }
}
