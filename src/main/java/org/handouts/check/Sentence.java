package org.handouts.check;

import org.handouts.diagnostics.SourcePosition;

/**
 * One sentence (or sentence-like unit: a list item, a table cell, a heading) as the reader sees
 * it, with where it starts in the file and a map back to the file for any character inside it.
 */
public record Sentence(String text, SourcePosition start, PositionMap positions) {

    /** File position of character {@code index} of {@link #text()}. */
    public SourcePosition positionOf(int index) {
        return positions.at(index);
    }

    public int wordCount() {
        return Words.count(text);
    }
}
