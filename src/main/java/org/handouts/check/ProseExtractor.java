package org.handouts.check;

import org.handouts.article.MarkdownBody;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Markdown body into prose units with file positions. Paragraphs are split into
 * sentences; each list item and table cell ends a sentence even without a full stop; headings are
 * collected separately; code blocks and raw HTML are skipped because they are not read as prose.
 */
public final class ProseExtractor {

    private ProseExtractor() {
    }

    /** Extracts prose from {@code body}, which starts on line {@code firstLine} (1-based) of its file. */
    public static Prose extract(String body, int firstLine) {
        return extract(MarkdownBody.parse(body, firstLine));
    }

    public static Prose extract(MarkdownBody document) {
        List<ProseBlock> blocks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        collect(document, document.document(), blocks, headings);
        return new Prose(blocks, headings);
    }

    private static void collect(MarkdownBody doc, Node node, List<ProseBlock> blocks, List<Heading> headings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.Heading heading) {
                List<Sentence> text = sentences(doc, heading, false);
                if (!text.isEmpty()) {
                    headings.add(new Heading(heading.getLevel(), text.get(0), doc.at(heading)));
                }
            } else if (child instanceof Paragraph) {
                ProseBlock.Kind kind = child.getParent() instanceof ListItem
                        ? ProseBlock.Kind.LIST_ITEM : ProseBlock.Kind.PARAGRAPH;
                addBlock(blocks, kind, sentences(doc, child, true));
            } else if (child instanceof TableCell) {
                addBlock(blocks, ProseBlock.Kind.TABLE_CELL, sentences(doc, child, true));
            } else if (isContainer(child) || child instanceof FootnoteBlock) {
                collect(doc, child, blocks, headings);
            }
            // Everything else (code blocks, HTML blocks, the |---| table separator, references) is not prose.
        }
    }

    /** Block containers whose children may hold prose: lists, quotes, tables and their parts. */
    private static boolean isContainer(Node node) {
        return node instanceof ListBlock || node instanceof ListItem || node instanceof BlockQuote
                || node instanceof TableBlock || node instanceof TableHead || node instanceof TableBody
                || node instanceof TableRow;
    }

    private static void addBlock(List<ProseBlock> blocks, ProseBlock.Kind kind, List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            blocks.add(new ProseBlock(kind, sentences.get(0).start(), sentences));
        }
    }

    /** The sentences of one block; headings are kept whole rather than split. */
    private static List<Sentence> sentences(MarkdownBody doc, Node block, boolean split) {
        InlineText inline = InlineText.of(block);
        String text = inline.text();
        List<int[]> spans = split ? SentenceSplitter.spans(text) : wholeText(text);
        List<Sentence> result = new ArrayList<>();
        for (int[] span : spans) {
            result.add(new Sentence(text.substring(span[0], span[1]),
                    doc.at(inline.offsetAt(span[0])),
                    inline.positions(doc.lines(), span[0], span[1])));
        }
        return result;
    }

    private static List<int[]> wholeText(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? List.of() : List.<int[]>of(new int[] {start, end});
    }
}
