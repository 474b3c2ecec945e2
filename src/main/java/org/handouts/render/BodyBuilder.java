package org.handouts.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.InvisibleCharacters;
import org.handouts.i18n.Messages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article Markdown to the safe XHTML every writer embeds: converts, sanitizes, shifts headings so the
 * article title is the only {@code h1}, gives every heading a unique id, and swaps image sources for
 * prepared local files.
 */
public final class BodyBuilder {

    /** The class of a body picture that is decoration only ({@code alt=""}): see {@link XhtmlFinisher}. */
    public static final String DECORATIVE = "decorative";
    /** The class of a paragraph that introduces the list or table after it (see markLeadIns). */
    public static final String LEAD_IN = "lead-in";

    /** The class of a table with more rows than a page holds, which must be let break across pages (see {@link XhtmlFinisher}). */
    public static final String LONG_TABLE = "long-table";
    /** More rows than this and a table is {@link #LONG_TABLE}: at large print a page holds about this many short rows. */
    private static final int PAGE_OF_ROWS = 12;

    private final MarkdownConverter markdown = new MarkdownConverter();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    /** The language of an article without {@code lang}, for the words the body gains (an embed's line). */
    private final String defaultLanguage;

    public BodyBuilder() {
        this(Messages.FALLBACK);
    }

    public BodyBuilder(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public ArticleBody build(Article article, BodyImageResolver images) {
        return build(article, images, warning -> { });
    }

    /** {@code warnings} hears what the reader should know about the body (a table too wide even when split). */
    public ArticleBody build(Article article, BodyImageResolver images, Consumer<Diagnostic> warnings) {
        Messages words = Messages.of(article.lang().orElse(defaultLanguage));
        String html = markdown.toHtml(article.markdown());
        if (Embeds.present(html)) {
            html = Embeds.replace(html, words);
        }
        Document doc = sanitizer.clean(html);
        Element body = doc.body();
        demoteHeadings(body);
        List<Heading> headings = identifyHeadings(body);
        replaceImages(body, images);
        Embeds.addQrCodes(body, words);
        markTables(body);
        splitWideTables(article, body, warnings);
        markLeadIns(body);
        titleLinks(body);
        removeCharactersXmlCannotCarry(body);
        // The cleaned document writes XHTML (see HtmlSanitizer.xhtmlSettings).
        return new ArticleBody(body.html(), headings);
    }

    /**
     * A paragraph right before a list ("Call your care team if:"), or of nothing but bold text right before a
     * table ("**Cons:**"), means little without what follows. It is marked {@code lead-in}, so it stays on the
     * page of what it introduces instead of alone at the foot of a page.
     */
    private static void markLeadIns(Element body) {
        for (Element paragraph : body.select("p")) {
            Element next = paragraph.nextElementSibling();
            boolean beforeList = next != null && next.is("ul, ol, dl");
            boolean boldBeforeTable = next != null && next.is("table") && paragraph.children().size() == 1
                    && paragraph.child(0).is("strong, b") && paragraph.ownText().isBlank();
            if (beforeList || boldBeforeTable) {
                paragraph.addClass(LEAD_IN);
            }
        }
    }

    /** The template puts the title in the only h1, so body headings start at h2, keeping their relative levels. */
    private static void demoteHeadings(Element body) {
        int top = 7;
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            top = Math.min(top, level(heading));
        }
        int shift = top == 1 ? 1 : 0;
        if (shift == 0) {
            return;
        }
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            heading.tagName("h" + Math.min(6, level(heading) + shift));
        }
    }

    private static List<Heading> identifyHeadings(Element body) {
        Set<String> used = new HashSet<>();
        for (Element withId : body.select("[id]")) {
            used.add(withId.id());
        }
        List<Heading> headings = new ArrayList<>();
        int counter = 0;
        for (Element heading : body.select("h2, h3, h4, h5, h6")) {
            String id = heading.id();
            if (id.isEmpty() || id.equals("title")) {
                do {
                    id = "section-" + (++counter);
                } while (used.contains(id));
                used.add(id);
                heading.id(id);
            }
            headings.add(new Heading(level(heading), id, heading.text()));
        }
        return headings;
    }

    /**
     * Every picture becomes a prepared file, or its words. One that cannot be had is replaced by its
     * alternative text, which says what it showed (no code word around it: the reader sees a sentence,
     * not a broken picture); without alternative text it is left out. A picture with {@code alt=""} is
     * decorative, as in HTML, and is marked so that tagged PDF can treat it as decoration. Specks (a
     * tracking pixel) are left out.
     */
    private static void replaceImages(Element body, BodyImageResolver images) {
        for (Element img : body.select("img")) {
            String alt = img.attr("alt").strip();
            Optional<BodyPicture> resolved = images.resolve(img.attr("src"), alt);
            if (resolved.isPresent() && !resolved.get().isSpeck()) {
                BodyPicture picture = resolved.get();
                img.attr("src", picture.uri());
                img.attr("alt", alt);
                if (alt.isEmpty()) {
                    img.addClass(DECORATIVE).attr("width", String.valueOf(picture.width())).attr("height", String.valueOf(picture.height()));
                }
            } else if (resolved.isEmpty() && !alt.isEmpty()) {
                img.replaceWith(new Element("span").addClass("missing-image").text(alt));
            } else {
                img.remove();
            }
        }
    }

    /**
     * Header cells get a scope so screen readers and tagged PDF know what they label. An HTML table whose first
     * row is all header cells gets that row as its {@code thead}, so it is repeated on each page the table
     * runs over; a table longer than a page is marked so it may break.
     */
    private static void markTables(Element body) {
        for (Element table : body.select("table")) {
            if (table.selectFirst("> thead") != null) {
                continue;
            }
            Element first = table.selectFirst("> tbody > tr, > tr");
            if (first != null && !first.children().isEmpty() && first.children().stream().allMatch(c -> c.is("th"))) {
                Element head = new Element("thead");
                table.prependChild(head);
                head.appendChild(first);
            }
        }
        for (Element th : body.select("thead th")) {
            th.attr("scope", "col");
        }
        for (Element table : body.select("table")) {
            long rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).count();
            if (rows > PAGE_OF_ROWS) {
                table.addClass(LONG_TABLE);
            }
        }
    }

    /**
     * A table too wide for the page is split into tables that repeat its first column ({@link WideTables});
     * one that cannot be made to fit is named by its line.
     */
    private static void splitWideTables(Article article, Element body, Consumer<Diagnostic> warnings) {
        WideTables.split(body, index -> {
            int line = article.markdown().tableLines().stream().skip(index).findFirst().orElse(article.bodyStartLine());
            warnings.accept(Diagnostic.warning(article.file(), line, 1, "this table is too wide for the page even two"
                    + " columns at a time (a word in it is longer than a line of the table); its words are broken"
                    + " across lines: shorten them, or turn the table into a list"));
        });
    }

    /**
     * Every link gets a title: tagged PDF uses it as the link's alternate description (PDF/UA-1 7.18.5),
     * and a screen reader says it instead of spelling out a long address.
     */
    private static void titleLinks(Element body) {
        for (Element link : body.select("a[href]")) {
            if (link.attr("title").isBlank()) {
                String text = link.text().strip();
                if (link.hasClass("footnote-ref")) {
                    text = "Note " + text;
                } else if (link.hasClass("footnote-backref")) {
                    text = "Back to the text";
                }
                link.attr("title", text.isEmpty() ? link.attr("href") : text);
            }
        }
    }

    /**
     * The reader removed such characters from the text, but a character reference ({@code &#55296;},
     * {@code &#xFFFE;}) makes one again; written out, it would make the XHTML of this handout and of both
     * booklets unreadable.
     */
    private static void removeCharactersXmlCannotCarry(Element body) {
        body.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode text && hasForbidden(text.getWholeText())) {
                text.text(withoutForbidden(text.getWholeText()));
            }
            for (org.jsoup.nodes.Attribute attribute : node.attributes()) {
                if (hasForbidden(attribute.getValue())) {
                    attribute.setValue(withoutForbidden(attribute.getValue()));
                }
            }
        });
    }

    private static boolean hasForbidden(String text) {
        return text.codePoints().anyMatch(InvisibleCharacters::isForbiddenInXml);
    }

    private static String withoutForbidden(String text) {
        return InvisibleCharacters.stripForbiddenInXml(text).text();
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
