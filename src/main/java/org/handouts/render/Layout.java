package org.handouts.render;

import java.nio.file.Path;

/**
 * A print layout: a folder under {@code layouts/} holding {@code article.ftlx} (a FreeMarker XHTML template)
 * and whatever CSS and pictures it links to. Adding a layout is adding a folder; no code knows their names.
 */
public record Layout(String name, Path folder) {
    public static final String ARTICLE_TEMPLATE = "article.ftlx";
    /** Optional: the whole library as one printed booklet (out/booklet.pdf). */
    public static final String BOOKLET_TEMPLATE = "booklet.ftlx";

    public Path bookletTemplate() {
        return folder.resolve(BOOKLET_TEMPLATE);
    }
}
