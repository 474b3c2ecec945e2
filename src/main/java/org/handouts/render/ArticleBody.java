package org.handouts.render;

import java.util.List;

/**
 * An article's body as safe XHTML, with its section headings. Image sources in {@code xhtml} are the
 * prepared local files' URIs (or the image was removed).
 */
public record ArticleBody(String xhtml, List<Heading> headings) {
    public ArticleBody {
        headings = List.copyOf(headings);
    }
}
