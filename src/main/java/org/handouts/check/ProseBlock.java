package org.handouts.check;

import org.handouts.diagnostics.SourcePosition;

import java.util.List;

/** A block of prose: a paragraph, a list item's paragraph or a table cell, split into sentences. */
public record ProseBlock(Kind kind, SourcePosition start, List<Sentence> sentences) {

    /** Where the block came from; only real paragraphs can be "too long" (a list is not a wall of text). */
    public enum Kind {
        PARAGRAPH,
        LIST_ITEM,
        TABLE_CELL
    }

    public ProseBlock {
        sentences = List.copyOf(sentences);
    }
}
