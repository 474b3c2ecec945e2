package org.handouts.check;

import org.handouts.diagnostics.SourcePosition;

/**
 * A Markdown heading, kept apart from the readable prose.
 *
 * @param level 1 for "#", 2 for "##", ...
 * @param text  the heading text, with positions for the characters inside it
 * @param start where the heading line starts (its "#" marker)
 */
public record Heading(int level, Sentence text, SourcePosition start) {
}
