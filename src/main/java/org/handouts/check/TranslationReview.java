package org.handouts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import org.handouts.i18n.Translations;

/**
 * Whether each translation still matches its original: not reviewed before the original was last reviewed
 * (else the original may have changed since it was translated), and with a heading for each of the
 * original's (a missing heading is usually a missing section).
 */
public final class TranslationReview {
    private TranslationReview() { }

    public static final String OUTDATED = "translation-outdated";
    public static final String HEADINGS = "translation-headings";

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");

    public static List<Diagnostic> findings(List<Article> articles, String defaultLanguage) {
        Translations translations = Translations.of(articles, defaultLanguage);
        List<Diagnostic> found = new ArrayList<>();
        for (Article translation : articles) {
            Optional<Article> original = translations.originalOf(translation);
            if (original.isEmpty()) {
                continue;
            }
            Article source = original.get();
            String name = Diagnostic.displayPath(source.file());
            if (source.reviewed().isPresent()) {
                int line = translation.frontMatterLine("reviewed");
                if (translation.reviewed().isEmpty()) {
                    found.add(new Diagnostic(translation.file(), line, 1, Severity.WARNING, "this translation has no 'reviewed' date;"
                            + " its original " + name + " was reviewed " + source.reviewed().get()
                            + ": check it against the original and add 'reviewed:'", OUTDATED));
                } else if (translation.reviewed().get().isBefore(source.reviewed().get())) {
                    found.add(new Diagnostic(translation.file(), line, 1, Severity.WARNING, "this translation is older than its original: reviewed "
                            + translation.reviewed().get() + ", but " + name + " was reviewed " + source.reviewed().get()
                            + "; check it against the original, then update 'reviewed'", OUTDATED));
                }
            }
            List<String[]> theirs = headings(source);
            List<String[]> ours = headings(translation);
            if (ours.size() < theirs.size()) {
                int i = 0;
                while (i < ours.size() && ours.get(i)[0].equals(theirs.get(i)[0])) {
                    i++;
                }
                String[] missing = theirs.get(Math.min(i, theirs.size() - 1));
                found.add(new Diagnostic(translation.file(), translation.bodyStartLine(), 1, Severity.WARNING, "the original " + name
                        + " has " + theirs.size() + " headings and this translation " + ours.size() + ": it may lack the section '"
                        + missing[0] + " " + missing[1] + "' (heading " + (Math.min(i, theirs.size() - 1) + 1) + " of the original)", HEADINGS));
            }
        }
        return found;
    }

    /** The Markdown headings ("##", text) of an article body, outside fenced code. */
    static List<String[]> headings(Article article) {
        List<String[]> headings = new ArrayList<>();
        boolean fenced = false;
        for (String line : article.body().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                headings.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return headings;
    }
}
