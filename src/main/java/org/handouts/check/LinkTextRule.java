package org.handouts.check;

import org.handouts.article.MarkdownBody;

import org.handouts.diagnostics.Severity;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Warns about link text that does not say where the link goes ("click here", a bare URL).
 * Screen-reader users often list links out of context, and printed handouts lose the target.
 */
public final class LinkTextRule implements Rule {

    public static final String ID = "link-text";

    private static final Set<String> VAGUE = Set.of(
            "click here", "here", "this link", "read more", "more", "link", "click this link", "learn more");

    private static final Pattern URL = Pattern.compile(
            "(?i)(https?://|www\\.)\\S+|[\\w.-]+\\.(com|org|net|gov|edu|info|io)(/\\S*)?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        MarkdownBody doc = context.document();
        List<Finding> findings = new ArrayList<>();
        doc.walk(node -> {
            if (node instanceof Link || node instanceof LinkRef) {
                String problem = problem(InlineText.of(node).text());
                if (problem != null) {
                    findings.add(new Finding(doc.at(node), Severity.WARNING, ID, problem));
                }
                return false;
            }
            if (node instanceof AutoLink) {
                findings.add(new Finding(doc.at(node), Severity.WARNING, ID,
                        "Link text is a bare URL; describe where the link goes"));
                return false;
            }
            return true;
        });
        return findings;
    }

    private static String problem(String rawText) {
        String text = rawText.strip().replaceAll("[.:!,;]+$", "");
        if (text.isEmpty()) {
            return "Link has no text; describe where the link goes";
        }
        if (VAGUE.contains(text.toLowerCase(Locale.ROOT))) {
            return "Link text \"" + text + "\" does not say where the link goes; describe the destination";
        }
        if (URL.matcher(text).matches()) {
            return "Link text is a bare URL; describe where the link goes";
        }
        return null;
    }
}
