package org.handouts.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How deeply an article's body nests: block quotes, lists, HTML elements and emphasis openers inside
 * each other. Every stage after the reader (Markdown parser, HTML cleaner, PDF layout, EPUB writer) walks
 * the tree by recursion, so a thousand levels overflow the stack and stop the whole build; no handout
 * needs more than a handful. Measured by one linear pass over the text, before any parser runs, so a
 * hostile article is refused here and never reaches them. The measure errs on the high side (an
 * unclosed {@code <p>} counts as open), which the generous limit absorbs.
 */
public final class NestingDepth {

    /** Far above any real handout (a table in a list in a quote is under 10), far below a stack overflow. */
    public static final int LIMIT = 50;

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");

    /** Where the body first nests deeper than {@link #LIMIT}: 1-based line (in the body) and column. */
    public record TooDeep(int line, int column) { }

    private NestingDepth() { }

    public static Optional<TooDeep> firstTooDeep(String body) {
        int html = 0;
        boolean fenced = false;
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            int depth = 0;
            int indent = 0;
            int i = 0;
            // Container markers at the start of the line: indentation, '>' and list markers.
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == ' ') {
                    indent++;
                    i++;
                } else if (c == '\t') {
                    indent += 4;
                    i++;
                } else if (c == '>') {
                    depth++;
                    i++;
                } else if ((c == '-' || c == '+' || c == '*') && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                    depth++;
                    i += 2;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
                        j++;
                    }
                    if (j + 1 < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')') && line.charAt(j + 1) == ' ') {
                        depth++;
                        i = j + 2;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (depth + indent / 2 + html > LIMIT) {
                    return Optional.of(new TooDeep(n + 1, i));
                }
            }
            depth += indent / 2;
            int emphasis = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '<' && i + 1 < line.length()) {
                    int end = tagEnd(line, i);
                    String name = tagName(line, i);
                    if (!name.isEmpty() && !VOID_ELEMENTS.contains(name) && !(end > 0 && line.charAt(end - 1) == '/')) {
                        if (line.charAt(i + 1) == '/') {
                            html = Math.max(0, html - 1);
                        } else {
                            html++;
                        }
                    }
                } else if (c == '*' || c == '_' || c == '~') {
                    int j = i;
                    while (j < line.length() && line.charAt(j) == c) {
                        j++;
                    }
                    // A run after text closes emphasis; one before text opens it; "Name: ______" does neither.
                    int levels = (j - i + 1) / 2;
                    if (i > 0 && !Character.isWhitespace(line.charAt(i - 1))) {
                        emphasis = Math.max(0, emphasis - levels);
                    } else if (j < line.length() && !Character.isWhitespace(line.charAt(j))) {
                        emphasis += levels;
                    }
                    if (depth + html + emphasis > LIMIT) {
                        return Optional.of(new TooDeep(n + 1, i + 1));
                    }
                    i = j;
                    continue;
                }
                if (depth + html + emphasis > LIMIT) {
                    return Optional.of(new TooDeep(n + 1, i + 1));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** The lower-case element name of a tag starting at {@code at} ({@code <div} or {@code </div}), else empty. */
    private static String tagName(String line, int at) {
        int i = at + 1;
        if (i < line.length() && line.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        if (start == i || !Character.isLetter(line.charAt(start))) {
            return "";
        }
        return line.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** Index of the tag's '>' when it ends on this line, else -1. */
    private static int tagEnd(String line, int at) {
        int end = line.indexOf('>', at);
        return end < 0 ? -1 : end;
    }
}
