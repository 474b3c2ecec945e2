package org.handouts.config;

/**
 * The printed booklet's settings ({@code booklet:} in handouts.yml). {@code layout} names the folder under
 * layouts/ whose {@code booklet.ftlx} and styles make the booklet; {@code line}/{@code column} say where it
 * was written (0 when it was not), so a missing layout is reported at its place in the file.
 */
public record BookletSettings(String layout, int line, int column) {
    public static final String DEFAULT_LAYOUT = "handout";

    public static BookletSettings defaults() {
        return new BookletSettings(DEFAULT_LAYOUT, 0, 0);
    }
}
