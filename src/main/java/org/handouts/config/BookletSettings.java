package org.handouts.config;

/**
 * The printed booklet's settings ({@code booklet:} in handouts.yml). {@code layout} names the folder under
 * layouts/ whose {@code booklet.ftlx} and styles make the booklet; {@code line}/{@code column} say where it
 * was written (0 when it was not), so a missing layout is reported at its place in the file.
 *
 * <p>{@code maxArticles} bounds the printed booklet. It is one document laid out in memory at once: 100
 * articles take about 300 pages, 6 s and 600 MB; 1,000 articles took 4 minutes and 3.3 GB. Nobody prints
 * a 3,000-page booklet, and a build must not run a clinic's computer out of memory, so above the limit the
 * booklet is not made (with a warning that says how to raise the limit).
 */
public record BookletSettings(String layout, int line, int column, int maxArticles) {
    public static final String DEFAULT_LAYOUT = "handout";
    public static final int DEFAULT_MAX_ARTICLES = 200;

    public BookletSettings(String layout, int line, int column) {
        this(layout, line, column, DEFAULT_MAX_ARTICLES);
    }

    public static BookletSettings defaults() {
        return new BookletSettings(DEFAULT_LAYOUT, 0, 0);
    }
}
