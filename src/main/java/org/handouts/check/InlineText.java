package org.handouts.check;

import org.handouts.diagnostics.LineMap;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;

/**
 * Collects the readable text of a block's inline content (what a reader sees, without Markdown
 * syntax), remembering the source offset of every character. Whitespace runs, including line
 * breaks, collapse to one space.
 */
final class InlineText {

    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];

    private InlineText() {
    }

    /** The text of all inline children of {@code block}. */
    static InlineText of(Node block) {
        InlineText collector = new InlineText();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            collector.visit(child);
        }
        return collector;
    }

    String text() {
        return text.toString();
    }

    PositionMap positions(LineMap lines, int from, int to) {
        return new PositionMap(lines, Arrays.copyOfRange(offsets, from, to));
    }

    int offsetAt(int index) {
        return offsets[index];
    }

    private void visit(Node node) {
        if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlInlineComment) {
            return; // alt text is checked by image-alt; it is not part of the sentence a reader reads
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof HtmlInline) {
            append(' ', node.getStartOffset());
        } else if (node instanceof Text) {
            appendUnescaped(node.getChars());
        } else if (node instanceof HtmlEntity) {
            String decoded = Escaping.unescapeHtml(node.getChars());
            for (int i = 0; i < decoded.length(); i++) {
                append(decoded.charAt(i), node.getStartOffset());
            }
        } else if (node instanceof Code) {
            appendRaw(((Code) node).getText());
        } else if (node instanceof AutoLink) {
            appendRaw(((AutoLink) node).getText());
        } else if (node instanceof MailLink) {
            appendRaw(((MailLink) node).getText());
        } else if (node instanceof TypographicQuotes quotes) {
            // The quote marks are the node's own, not children: they stay part of the sentence as written.
            appendRaw(quotes.getOpeningMarker());
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
            appendRaw(quotes.getClosingMarker());
        } else if (node instanceof Footnote) {
            appendRaw(node.getChars());
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        } else {
            appendRaw(node.getChars());
        }
    }

    /** Flexmark keeps backslash escapes in Text nodes ("\*"); readers see only the escaped character. */
    private void appendUnescaped(BasedSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' && i + 1 < chars.length() && isAsciiPunctuation(chars.charAt(i + 1))) {
                continue;
            }
            append(c, chars.getIndexOffset(i));
        }
    }

    private void appendRaw(BasedSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), chars.getIndexOffset(i));
        }
    }

    private void append(char c, int offset) {
        if (Character.isWhitespace(c) || c == '\u00A0') {
            if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                return;
            }
            c = ' ';
        }
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
