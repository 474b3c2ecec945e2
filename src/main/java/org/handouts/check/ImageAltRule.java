package org.handouts.check;

import org.handouts.article.MarkdownBody;

import org.handouts.diagnostics.Severity;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about images without alt text: Markdown images with empty alt, and HTML {@code <img>}
 * tags with no alt attribute (an explicit {@code alt=""} marks a decorative image and is fine).
 */
public final class ImageAltRule implements Rule {

    public static final String ID = "image-alt";

    private static final Pattern IMG_TAG = Pattern.compile("(?is)<img\\b[^>]*>");
    private static final Pattern ALT_ATTRIBUTE = Pattern.compile("(?is)\\salt\\s*=");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        MarkdownBody doc = context.document();
        List<Finding> findings = new ArrayList<>();
        doc.walk(node -> {
            if (node instanceof Image image && image.getText().isBlank()
                    || node instanceof ImageRef ref && ref.getText().isBlank()) {
                findings.add(new Finding(doc.at(node), Severity.WARNING, ID,
                        "Image has no alt text; describe what it shows for readers who cannot see it"));
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                Matcher tag = IMG_TAG.matcher(node.getChars());
                while (tag.find()) {
                    if (!ALT_ATTRIBUTE.matcher(tag.group()).find()) {
                        findings.add(new Finding(doc.at(node.getStartOffset() + tag.start()), Severity.WARNING, ID,
                                "HTML image has no alt attribute; describe what it shows (or use alt=\"\" if decorative)"));
                    }
                }
            }
            return true;
        });
        return findings;
    }
}
