package org.handouts.check;

import org.handouts.diagnostics.SourcePosition;
import org.handouts.diagnostics.LineMap;

/**
 * Remembers where each character of an extracted text came from in the source. Extracted prose
 * drops Markdown syntax and joins lines, so a character's index no longer tells its place in the
 * file; rules that point inside a sentence (a jargon word, a passive verb) ask this map instead.
 */
public final class PositionMap {

    private final LineMap lines;
    private final int[] offsets;

    PositionMap(LineMap lines, int[] offsets) {
        this.lines = lines;
        this.offsets = offsets.clone();
    }

    /** SourcePosition of character {@code index}; an index at or past the end maps to just after the last character. */
    public SourcePosition at(int index) {
        if (offsets.length == 0) {
            return lines.at(0);
        }
        if (index >= offsets.length) {
            return lines.at(offsets[offsets.length - 1] + 1);
        }
        return lines.at(offsets[Math.max(0, index)]);
    }
}
