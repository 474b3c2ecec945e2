package org.handouts.check;

/** A place in the article file: 1-based line and 1-based column (counted in code points). */
public record Position(int line, int column) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
