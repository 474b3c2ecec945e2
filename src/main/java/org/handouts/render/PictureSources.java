package org.handouts.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pictures an article's body really shows, read from the parsed Markdown: {@code ![alt](src)},
 * {@code ![alt][ref]} and {@code <img src>} in raw HTML. What only looks like a picture is not one: an image
 * inside inline code, a fenced or indented code block, an HTML comment, or written {@code \![...]} is text,
 * and is never fetched. Planning (what changed) and preparing (what to fetch) both ask this one class, so
 * they always agree.
 */
public final class PictureSources {

    private final MarkdownConverter markdown;

    public PictureSources(MarkdownConverter markdown) {
        this.markdown = markdown;
    }

    public PictureSources() {
        this(new MarkdownConverter());
    }

    /** Each picture source as written, in order of first use. */
    public List<String> of(String body) {
        var document = markdown.parse(body);
        Set<String> found = new LinkedHashSet<>();
        List<String> htmlChunks = new ArrayList<>();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Image.class, image -> found.add(image.getUrl().unescape())),
                new VisitHandler<>(ImageRef.class, ref -> {
                    Reference definition = ref.getReferenceNode(document);
                    if (definition != null) {
                        found.add(definition.getUrl().unescape());
                    }
                }),
                new VisitHandler<>(HtmlBlock.class, html -> htmlChunks.add(html.getChars().toString())),
                new VisitHandler<>(HtmlInnerBlock.class, html -> htmlChunks.add(html.getChars().toString())),
                new VisitHandler<>(HtmlInline.class, html -> htmlChunks.add(html.getChars().toString())));
        visitor.visit(document);
        for (String chunk : htmlChunks) {
            // Comments are their own node types (HtmlCommentBlock, HtmlInlineComment), so none is read here.
            for (Element img : Jsoup.parseBodyFragment(chunk).select("img[src]")) {
                found.add(img.attr("src"));
            }
        }
        found.removeIf(String::isBlank);
        return List.copyOf(found);
    }
}
