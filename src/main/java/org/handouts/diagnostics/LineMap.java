package org.handouts.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Converts character offsets in a Markdown body into file positions. The body usually starts
 * after front matter, so every line is shifted by the line on which the body begins.
 */
public final class LineMap {

    private final String text;
    private final int firstLine;
    private final int[] lineStarts;

    public LineMap(String text, int firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine is 1-based: " + firstLine);
        }
        this.text = text;
        this.firstLine = firstLine;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "\n", "\r\n" and a lone "\r" all end a line, as they do for flexmark.
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Position of the character at {@code offset}; an offset past the end maps to just after the last character. */
    public SourcePosition at(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        int column = text.codePointCount(lineStarts[line], clamped) + 1;
        return new SourcePosition(firstLine + line, column);
    }
}
