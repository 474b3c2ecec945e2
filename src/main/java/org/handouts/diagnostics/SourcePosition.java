package org.handouts.diagnostics;

/** A place in an article file: 1-based line and 1-based column (counted in code points). */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    public static final SourcePosition START = new SourcePosition(1, 1);

    @Override
    public int compareTo(SourcePosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
