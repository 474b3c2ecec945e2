package org.handouts.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import org.handouts.article.Markdown;
import org.handouts.article.MarkdownBody;

/**
 * An article's parsed body to HTML, with the same options it was parsed with ({@link Markdown}): no second
 * parse. The output is HTML, not XML; {@link HtmlSanitizer} turns it into safe XHTML. The renderer is
 * immutable and shared by all threads.
 */
public final class MarkdownConverter {

    private final HtmlRenderer renderer = HtmlRenderer.builder(Markdown.OPTIONS).build();

    public String toHtml(MarkdownBody body) {
        // One document may be read by the review while it is rendered; rendering it twice at once is never needed.
        synchronized (body.document()) {
            return renderer.render(body.document());
        }
    }
}
