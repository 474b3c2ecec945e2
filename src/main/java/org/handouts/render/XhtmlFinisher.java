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

    private XhtmlFinisher() { }

    public static String finish(String xhtml, Metadata metadata) {
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
        setMeta(head, "author", metadata.author());
        setMeta(head, "subject", metadata.subject());
        setMeta(head, "description", metadata.subject());
        setMeta(head, "keywords", metadata.keywords());
        Element body = html.selectFirst("> body");
        if (body != null && head.selectFirst("> bookmarks") == null) {
            addBookmarks(head, body);
        }
        return doc.outerHtml();
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
