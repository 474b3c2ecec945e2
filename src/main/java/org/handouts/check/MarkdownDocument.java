package org.handouts.check;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * A parsed Markdown body plus what is needed to turn flexmark's character offsets back into
 * positions in the article file. Parsed once and shared by the extractor and all rules.
 */
public final class MarkdownDocument {

    private static final Parser PARSER = createParser();

    private final String source;
    private final LineMap lines;
    private final Document root;

    private MarkdownDocument(String source, LineMap lines, Document root) {
        this.source = source;
        this.lines = lines;
        this.root = root;
    }

    /**
     * Parses {@code body}, whose first line is line {@code firstLine} (1-based) of the file, e.g. the
     * line after the front matter.
     */
    public static MarkdownDocument parse(String body, int firstLine) {
        return new MarkdownDocument(body, new LineMap(body, firstLine), PARSER.parse(body));
    }

    public String source() {
        return source;
    }

    public Node root() {
        return root;
    }

    public LineMap lines() {
        return lines;
    }

    /** Position in the file of the body character at {@code offset}. */
    public Position at(int offset) {
        return lines.at(offset);
    }

    /** Position in the file where {@code node} starts. */
    /**
     * Visits every node below the root in document order. The visitor returns whether to look inside the
     * node it was given, so a rule can stop at what it reports (a link's own text is not another link).
     */
    public void walk(Predicate<Node> visitor) {
        walk(root(), visitor);
    }

    private static void walk(Node node, Predicate<Node> visitor) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (visitor.test(child)) {
                walk(child, visitor);
            }
        }
    }

    public Position at(Node node) {
        return lines.at(node.getStartOffset());
    }

    private static Parser createParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        return Parser.builder(options).build();
    }
}
