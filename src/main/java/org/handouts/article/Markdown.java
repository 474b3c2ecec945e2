package org.handouts.article;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one flexmark configuration of the program: articles use tables, typographic quotes and dashes,
 * autolinks and footnotes. The reader parses every body with it, the renderer turns that same document
 * into HTML with it, and the review reads the same nodes, so what {@code check} sees is what is printed.
 * Parser and options are immutable and shared by all threads.
 */
public final class Markdown {

    /** The options the parser was made with; an HTML renderer must be made with the same ones. */
    public static final DataHolder OPTIONS = options();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private Markdown() { }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    private static DataHolder options() {
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
        return options.toImmutable();
    }
}
