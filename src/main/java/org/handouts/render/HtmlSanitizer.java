package org.handouts.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes article HTML safe for every output: no scripts, no event handlers, no styles, no iframes, objects or
 * forms, and links only to web, mail and phone addresses or to places in the same handout. Images are kept
 * (with their source as written) so the caller can replace them with files it fetched and checked itself;
 * nothing remote ever reaches a renderer.
 */
public final class HtmlSanitizer {

    /** Relative links are judged against this harmless base, so "images/a.png" survives and "javascript:" does not. */
    private static final String NEUTRAL_BASE = "https://article.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "figure", "figcaption", "abbr", "mark", "s", "del", "ins")
            .addAttributes(":all", "id", "class", "lang", "title")
            .addAttributes("th", "scope")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "#", "tel")
            .removeProtocols("a", "href", "ftp")
            // Every picture source reaches BodyBuilder as written, so that one it cannot use is reported where it
            // is written ("file:", "data:" ...), not dropped without a word. None reaches a renderer: each is
            // swapped for a prepared file or removed.
            .removeProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    /** Cleans an HTML fragment; the returned document's body holds the safe content. */
    public Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, NEUTRAL_BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(xhtmlSettings());
        return clean;
    }

    /** Output settings that give well-formed XHTML, which openhtmltopdf and EPUB readers both need. */
    public static Document.OutputSettings xhtmlSettings() {
        return new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
    }
}
