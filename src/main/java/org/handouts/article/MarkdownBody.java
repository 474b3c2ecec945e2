package org.handouts.article;

import org.handouts.diagnostics.LineMap;
import org.handouts.diagnostics.SourcePosition;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An article's body, parsed once with {@link Markdown}'s one configuration: the text, the flexmark
 * document, and the file position of every node (the body starts on {@link #firstLine()} of its file).
 * The renderer, the review, picture discovery and the input fingerprints all read this one document.
 *
 * <p>A body made from a known {@link BodyOutline} is parsed only when something asks for its document:
 * most builds only need the outline of the articles they do not render.
 *
 * <p>Nobody changes the document after parsing: readers walk it, and the renderer only reads it.
 */
public final class MarkdownBody {

    private final String text;
    private final int firstLine;
    private final BodyOutline outline;
    /** Made on first use (with the line map), under this body's lock. */
    private Document document;
    private LineMap lines;

    private MarkdownBody(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        parseDocument();
        this.outline = new BodyOutline(findPictures(), findLinks());
    }

    private MarkdownBody(String text, int firstLine, BodyOutline outline) {
        this.text = text;
        this.firstLine = firstLine;
        this.outline = outline;
    }

    /** Parses {@code text}, whose first line is line {@code firstLine} (1-based) of its file. */
    public static MarkdownBody parse(String text, int firstLine) {
        return new MarkdownBody(text, firstLine);
    }

    /** The body {@code text} whose outline is known: its document is parsed when first asked for. */
    public static MarkdownBody outlined(String text, int firstLine, BodyOutline outline) {
        return new MarkdownBody(text, firstLine, outline);
    }

    private synchronized void parseDocument() {
        if (document == null) {
            lines = new LineMap(text, firstLine);
            document = Markdown.parse(text);
        }
    }

    /** The Markdown as written (after the reader's repairs). */
    public String text() {
        return text;
    }

    public int firstLine() {
        return firstLine;
    }

    public Document document() {
        parseDocument();
        return document;
    }

    public LineMap lines() {
        parseDocument();
        return lines;
    }

    /** The pictures and links of the body, without parsing it again. */
    public BodyOutline outline() {
        return outline;
    }

    /** Position in the file of the body character at {@code offset}. */
    public SourcePosition at(int offset) {
        return lines().at(offset);
    }

    /** Position in the file where {@code node} starts. */
    public SourcePosition at(Node node) {
        return lines().at(node.getStartOffset());
    }

    /**
     * Visits every node below the root in document order. The visitor returns whether to look inside the
     * node it was given, so a rule can stop at what it reports (a link's own text is not another link).
     */
    public void walk(Predicate<Node> visitor) {
        walk(document(), visitor);
    }

    private static void walk(Node node, Predicate<Node> visitor) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (visitor.test(child)) {
                walk(child, visitor);
            }
        }
    }

    /**
     * The pictures the body really shows, each source once, in order of first use, at the place its address
     * is written. What only looks like a picture is not one: an image inside inline code, a fenced or
     * indented code block, an HTML comment, or written {@code \![...]} is text, and is never fetched.
     */
    public List<Picture> pictures() {
        return outline.pictures();
    }

    /**
     * Every link address the body writes, in document order: each inline link (not the links inside its text)
     * and each reference definition, at the place the link starts.
     */
    public List<WrittenLink> links() {
        return outline.links();
    }

    /** The picture sources of {@link #pictures()}. */
    public List<String> pictureSources() {
        return pictures().stream().map(Picture::source).toList();
    }

    /**
     * The file line of each table, in document order: a Markdown table's first row, or the line of an
     * HTML {@code <table>} tag.
     */
    public List<Integer> tableLines() {
        List<Integer> found = new ArrayList<>();
        walk(node -> {
            if (node instanceof TableBlock) {
                found.add(at(node).line());
                return false;
            }
            if (node instanceof HtmlBlock || node instanceof HtmlInnerBlock || node instanceof HtmlInline) {
                String html = node.getChars().toString().toLowerCase(Locale.ROOT);
                for (int i = html.indexOf("<table"); i >= 0; i = html.indexOf("<table", i + 1)) {
                    found.add(at(node.getStartOffset() + i).line());
                }
            }
            return true;
        });
        return found;
    }

    private List<Picture> findPictures() {
        Map<String, Picture> found = new LinkedHashMap<>();
        walk(node -> {
            if (node instanceof Image image) {
                add(found, image.getUrl().unescape(), image.getText().toString(), where(image.getUrl(), image));
            } else if (node instanceof ImageRef ref) {
                Reference definition = ref.getReferenceNode(document());
                if (definition != null) {
                    add(found, definition.getUrl().unescape(), ref.getText().toString(), where(definition.getUrl(), definition));
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInnerBlock || node instanceof HtmlInline) {
                // Comments are their own node types (HtmlCommentBlock, HtmlInlineComment), so none is read here.
                String chunk = node.getChars().toString();
                for (Element img : Jsoup.parseBodyFragment(chunk).select("img[src]")) {
                    String source = img.attr("src");
                    int index = chunk.indexOf(source);
                    add(found, source, img.attr("alt"), at(node.getStartOffset() + Math.max(0, index)));
                }
            }
            return true;
        });
        return new ArrayList<>(found.values());
    }

    private List<WrittenLink> findLinks() {
        List<WrittenLink> found = new ArrayList<>();
        walk(node -> {
            String url = node instanceof Link link ? link.getUrl().toString()
                    : node instanceof Reference reference ? reference.getUrl().toString() : null;
            if (url != null) {
                found.add(new WrittenLink(url, at(node)));
            }
            return !(node instanceof Link);
        });
        return found;
    }

    private SourcePosition where(BasedSequence address, Node node) {
        return at(address.isEmpty() ? node.getStartOffset() : address.getStartOffset());
    }

    private static void add(Map<String, Picture> found, String source, String alt, SourcePosition at) {
        if (!source.isBlank()) {
            found.putIfAbsent(source, new Picture(source, alt, at));
        }
    }
}
