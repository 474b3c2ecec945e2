package org.handouts.epub;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handouts.render.Embeds;
import org.handouts.render.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes an article body (already sanitized for every output) fit an EPUB chapter. EPUB content is HTML5
 * checked strictly, and a book is a closed world: pictures must be inside it, links must point at files
 * that exist in it. So: prepared pictures are copied into the book and their sources rewritten; links to
 * other articles point at their chapters; links that lead nowhere in the book become plain text; HTML4
 * leftovers the sanitizer allows but EPUB 3 rejects ({@code strike}, {@code align}, table widths) go.
 */
final class ChapterBodyCleaner {

    /**
     * The chapter body, how many of its pictures have no text description, and every picture it asked the
     * book for, in order (what {@link ChapterCache} replays to use a kept copy of the body).
     */
    record Cleaned(String xhtml, int undescribedImages, List<PictureUse> pictures) {
        Cleaned {
            pictures = List.copyOf(pictures);
        }
    }

    /** One picture the body asked the book for: the prepared file, the name it suggested, and the href it got (empty: none). */
    record PictureUse(Path file, String nameHint, Optional<String> href) { }

    /** Attributes HTML5 made obsolete, per element; EPUBCheck reports each as an error. */
    private static final Map<String, List<String>> OBSOLETE = Map.of(
            "img", List.of("align", "border", "hspace", "vspace", "longdesc"),
            "table", List.of("summary", "width", "align", "border", "cellpadding", "cellspacing", "bgcolor"),
            "td", List.of("axis", "abbr", "width", "height", "align", "valign", "bgcolor", "nowrap"),
            "th", List.of("axis", "width", "height", "align", "valign", "bgcolor", "nowrap"),
            "col", List.of("width", "align", "valign"),
            "colgroup", List.of("width", "align", "valign"),
            "ul", List.of("type", "compact"),
            "ol", List.of("compact"));

    private static final Set<String> KEPT_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final BookletImages images;
    private final ChapterLinks chapterLinks;
    private final Set<String> reservedIds;

    /**
     * @param chapterLinks where links to other articles lead in the book
     * @param reservedIds   ids the chapter page itself uses around the body
     */
    ChapterBodyCleaner(BookletImages images, ChapterLinks chapterLinks, Set<String> reservedIds) {
        this.images = images;
        this.chapterLinks = chapterLinks;
        this.reservedIds = reservedIds;
    }

    Cleaned clean(String bodyXhtml, String slug) {
        Document doc = Jsoup.parseBodyFragment(bodyXhtml);
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        Element body = doc.body();
        // Scripts never get past the sanitizer; this is the last line of defence for a format that forbids them unless declared.
        body.select("script, noscript, iframe, object, embed, form, style").remove();
        // An embed's QR code is for paper; in the book its line is a link to tap.
        body.select("img." + Embeds.QR_CLASS).remove();
        uniqueIds(body);
        List<PictureUse> uses = new java.util.ArrayList<>();
        int undescribed = pictures(body, slug, uses);
        links(body, slug);
        obsolete(body);
        return new Cleaned(body.html(), undescribed, uses);
    }

    private void uniqueIds(Element body) {
        Set<String> seen = new HashSet<>(reservedIds);
        for (Element element : body.select("[id]")) {
            String id = element.id();
            if (id.isBlank()) {
                element.removeAttr("id");
                continue;
            }
            String unique = id.replaceAll("\\s+", "-");
            for (int n = 2; seen.contains(unique); n++) {
                unique = id + "-" + n;
            }
            seen.add(unique);
            element.id(unique);
        }
    }

    private int pictures(Element body, String slug, List<PictureUse> uses) {
        int undescribed = 0;
        int n = 0;
        for (Element img : body.select("img")) {
            String alt = img.attr("alt").strip();
            String name = slug + "-" + (++n);
            Optional<BookletImages.Image> image = localFile(img.attr("src")).flatMap(file -> {
                Optional<BookletImages.Image> added = images.add(file, name);
                uses.add(new PictureUse(file, name, added.map(BookletImages.Image::href)));
                return added;
            });
            if (image.isEmpty()) {
                if (alt.isEmpty()) {
                    img.remove();
                } else {
                    img.replaceWith(new Element("span").addClass("missing-image").text(alt));
                }
                continue;
            }
            img.attr("src", "../" + image.get().href());
            img.attr("alt", alt);
            if (alt.isEmpty()) {
                undescribed++;
            }
            for (String size : List.of("width", "height")) {
                if (img.hasAttr(size) && !img.attr(size).matches("\\d+")) {
                    img.removeAttr(size);
                }
            }
        }
        return undescribed;
    }

    private static Optional<Path> localFile(String src) {
        try {
            URI uri = URI.create(src);
            return "file".equalsIgnoreCase(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void links(Element body, String slug) {
        Set<String> ids = new HashSet<>();
        body.select("[id]").forEach(e -> ids.add(e.id()));
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").strip();
            Optional<String> target = target(href, ids, slug);
            if (target.isPresent()) {
                a.attr("href", target.get());
            } else {
                a.unwrap();
            }
        }
        // An anchor without a link (the sanitizer drops unsafe hrefs) is just text.
        body.select("a:not([href])").forEach(a -> {
            if (!a.hasAttr("id")) {
                a.unwrap();
            }
        });
    }

    /** Where a link should point inside the book, or empty when it has nowhere to go. */
    private Optional<String> target(String href, Set<String> ids, String slug) {
        if (href.startsWith("#")) {
            return ids.contains(href.substring(1)) ? Optional.of(href) : Optional.empty();
        }
        String scheme = href.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.isEmpty()) {
            return KEPT_SCHEMES.contains(scheme) && href.length() > scheme.length() + 1 ? Optional.of(href) : Optional.empty();
        }
        // A relative or root link: another article ("chemotherapy.md", "../folder/chemotherapy.md#x", "/folder/other").
        return chapterLinks.target(href, slug);
    }

    private static void obsolete(Element body) {
        for (Element strike : body.select("strike")) {
            strike.tagName("s");
        }
        OBSOLETE.forEach((tag, attributes) -> {
            for (Element element : body.select(tag)) {
                attributes.forEach(element::removeAttr);
            }
        });
        for (Element quote : body.select("blockquote[cite], q[cite]")) {
            if (!quote.attr("cite").matches("(?i)https?://.+")) {
                quote.removeAttr("cite");
            }
        }
    }
}
