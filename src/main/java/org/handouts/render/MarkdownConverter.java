package org.handouts.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with the extensions articles use: tables, typographic quotes and dashes, autolinks and
 * footnotes. The output is HTML, not XML; {@link HtmlSanitizer} turns it into safe XHTML.
 * Parser and renderer are immutable and shared by all threads.
 */
public final class MarkdownConverter {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownConverter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), TypographicExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        // Header ids let PDF bookmarks and the EPUB table of contents point at sections.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parse(markdown));
    }

    /** The Markdown as flexmark reads it, for those who need what it contains rather than its HTML. */
    public com.vladsch.flexmark.util.ast.Document parse(String markdown) {
        return parser.parse(markdown);
    }
}
