package org.handouts.render;

import java.util.BitSet;

/**
 * The code points at least one font in {@code fonts/} has a glyph for. Every face is a fallback for every
 * other (see {@link PdfWriter}), so a character is drawn exactly when some face maps it; any other character
 * prints as '#'.
 */
public final class GlyphCoverage {

    private final BitSet codePoints;

    GlyphCoverage(BitSet codePoints) {
        this.codePoints = (BitSet) codePoints.clone();
    }

    static GlyphCoverage none() {
        return new GlyphCoverage(new BitSet());
    }

    public boolean canDraw(int codePoint) {
        return codePoint >= 0 && codePoints.get(codePoint);
    }

    /** How many code points are covered (for messages and tests). */
    public int size() {
        return codePoints.cardinality();
    }

    GlyphCoverage with(BitSet more) {
        BitSet union = (BitSet) codePoints.clone();
        union.or(more);
        return new GlyphCoverage(union);
    }
}
