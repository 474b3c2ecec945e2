package org.handouts.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What every layout's output gets, so no template can forget it: the document language, PDF metadata
 * (title, author, subject, keywords) and bookmarks built from the headings. Parses the template output as
 * XML (not HTML), so nothing moves: openhtmltopdf wants {@code <bookmarks>} in the head.
 */
public final class XhtmlFinisher {

    public record Metadata(String title, String author, String subject, String keywords, String lang) { }

    /**
     * Rules no layout may lose, placed before the layout's own styles. A heading is kept whole: when
     * openhtmltopdf pushes a heading's first line to the next page (keep-with-next), it moves the line box
     * but leaves the heading's block, and with it the bookmark and link destination, on the page before.
     * A block that may not break is moved as a whole, so the destination moves with its text. A list
     * crossing a page keeps two items on each side, and its lead-in stays with it. A table runs on over as
     * many pages as it needs with its header row on each ({@code -fs-table-paginate}), a row kept whole; one
     * too long for a page ({@link BodyBuilder#LONG_TABLE}) may break (a layout's {@code avoid} would push it
     * whole past the page). An embed's line keeps its QR code beside it.
     */
    static final String PRINT_RULES = "h1, h2, h3, h4, h5, h6 { page-break-inside: avoid; } img { max-width: 100%; } html { word-wrap: break-word; } li:first-child { page-break-after: avoid; } li:last-child { page-break-before: avoid; } p."
            + BodyBuilder.LEAD_IN + " { page-break-after: avoid; }"
            + " table { -fs-table-paginate: paginate; } thead { display: table-header-group; } tr { page-break-inside: avoid; }"
            + " table." + BodyBuilder.LONG_TABLE + " { page-break-inside: auto; }"
            + " table." + BodyBuilder.LONG_TABLE + " th, table." + BodyBuilder.LONG_TABLE + " td { word-wrap: normal; }"
            + " ." + Embeds.LINE_CLASS + " { page-break-inside: avoid; }"
            + " img." + Embeds.QR_CLASS + " { display: block; width: 22mm; height: 22mm; margin-top: 1mm; }";

    private XhtmlFinisher() { }

    public static String finish(String xhtml, Metadata metadata) {
        return finished(xhtml, metadata).outerHtml();
    }

    /** As {@link #finish}, the document itself: for a caller that works on it further instead of parsing it again. */
    public static Document finished(String xhtml, Metadata metadata) {
        Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        Element html = doc.selectFirst("html");
        if (html == null) {
            throw new IllegalArgumentException("the template did not produce an <html> element");
        }
        html.attr("lang", metadata.lang());
        html.attr("xml:lang", metadata.lang());
        Element head = html.selectFirst("> head");
        if (head == null) {
            head = html.prependElement("head");
        }
        Element title = head.selectFirst("> title");
        if (title == null) {
            title = head.prependElement("title");
        }
        title.text(metadata.title());
        head.prependElement("style").attr("type", "text/css").text(PRINT_RULES);
        setMeta(head, "author", metadata.author());
        setMeta(head, "subject", metadata.subject());
        setMeta(head, "description", metadata.subject());
        setMeta(head, "keywords", metadata.keywords());
        Element body = html.selectFirst("> body");
        if (body != null) {
            drawDecorationAsBackground(body);
            unlinkWhatGoesNowhere(body);
        }
        if (body != null && head.selectFirst("> bookmarks") == null) {
            addBookmarks(head, body);
        }
        return doc;
    }

    /**
     * A decorative picture ({@code alt=""}) must be an artifact in tagged PDF (PDF/UA-1 7.3): openhtmltopdf
     * tags every {@code <img>} as a Figure, which then lacks its alternate text, but draws backgrounds as
     * artifacts. So the picture becomes the background of a box of its own shape: as wide as its pixels
     * at 96 per inch, never wider than the column, its height kept in proportion by a percentage padding
     * (which CSS measures against the width).
     */
    private static void drawDecorationAsBackground(Element body) {
        for (Element img : body.select("img." + BodyBuilder.DECORATIVE)) {
            int width = parse(img.attr("width"));
            int height = parse(img.attr("height"));
            if (width <= 0 || height <= 0) {
                continue;
            }
            // Spans, since the picture may stand inside a paragraph; an inline block, since openhtmltopdf draws
            // no background for a block nested in a paragraph.
            Element box = new Element("span").addClass(BodyBuilder.DECORATIVE).attr("style", String.format(java.util.Locale.ROOT,
                    "display: inline-block; width: %.2fpt; max-width: 100%%;", width * 0.75));
            box.appendElement("span").attr("style", String.format(java.util.Locale.ROOT,
                    "display: block; padding-top: %.4f%%; background-image: url('%s'); background-size: 100%% 100%%; background-repeat: no-repeat;",
                    100.0 * height / width, img.attr("src").replace("'", "%27")));
            img.replaceWith(box);
        }
    }

    /**
     * A link works in a PDF only to a web, mail or phone address or to a place in the same document. One to
     * anywhere else (another article, "other.md", which the EPUB turns into a chapter link; a page of the
     * website it came from), or whose address the sanitizer removed, would look like a link and lead
     * nowhere: it becomes its plain text.
     */
    private static void unlinkWhatGoesNowhere(Element body) {
        for (Element link : body.select("a")) {
            if (!leadsSomewhere(link.attr("href"))) {
                link.unwrap();
            }
        }
    }

    /** Whether a link leads somewhere from a printed or web page: a web, mail or phone address, or a place in the page. */
    public static boolean leadsSomewhere(String address) {
        String href = address.strip().toLowerCase(java.util.Locale.ROOT);
        return href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")
                || href.startsWith("tel:") || href.startsWith("#") && href.length() > 1;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void setMeta(Element head, String name, String content) {
        head.select("> meta[name=" + name + "]").remove();
        if (!content.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    /** Headings nest by level: h1 at the top, h2 under the h1 before it, and so on. */
    private static void addBookmarks(Element head, Element body) {
        List<Element> headings = body.select("h1, h2, h3, h4");
        if (headings.isEmpty()) {
            return;
        }
        Element root = head.appendElement("bookmarks");
        List<Element> stack = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int counter = 0;
        for (Element heading : headings) {
            if (heading.id().isEmpty()) {
                heading.id("heading-" + (++counter));
            }
            int level = heading.tagName().charAt(1) - '0';
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                stack.remove(stack.size() - 1);
            }
            Element parent = stack.isEmpty() ? root : stack.get(stack.size() - 1);
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
            stack.add(bookmark);
            levels.add(level);
        }
    }
}
