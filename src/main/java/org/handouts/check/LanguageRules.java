package org.handouts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handouts.article.MarkdownBody;
import org.handouts.diagnostics.Severity;
import org.handouts.config.CheckOptions;

/**
 * Which rules review an article in its language. Readability formulas are made for one language each:
 * English articles get Flesch-Kincaid and SMOG, Spanish ones Fernández-Huerta and Szigriszt-Pazos (INFLESZ)
 * with Spanish syllables; a language without a formula gets a note saying so, not English grades. The
 * jargon list, passive voice and abbreviation rules know English only. The rules about structure (headings,
 * tables, pictures, links, paragraph length, invisible characters) apply in every language, and sentence
 * length wherever words are separated by spaces. Each non-English report says which rules ran.
 */
public final class LanguageRules {
    private LanguageRules() { }

    /** The rule id of the note that says which rules ran. */
    public static final String NOTE_ID = "language";

    /** The review of one article body in {@code lang}. */
    public static ArticleReport check(String lang, MarkdownBody body, CheckOptions settings) {
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (primary.equals("en")) {
            return RuleSet.standard().check(body, settings);
        }
        List<Rule> rules = new ArrayList<>();
        boolean spanish = primary.equals("es");
        if (spanish) {
            rules.add(new SpanishReadabilityRule());
        }
        boolean spaced = !List.of("zh", "ja", "th", "lo", "km", "my").contains(primary);
        if (spaced) {
            rules.add(new LongSentenceRule());
        }
        rules.add(new LongParagraphRule());
        rules.add(new HeadingSkipRule());
        rules.add(new LinkTextRule());
        rules.add(new ImageAltRule());
        rules.add(new TableHeaderRule());
        rules.add(new InvisibleCharacterRule());
        RuleSet set = new RuleSet(rules);
        CheckContext context = CheckContext.of(body, settings);
        int firstLine = body.firstLine();
        Prose prose = context.prose();
        TextStats stats = spanish ? SpanishReadability.stats(prose.sentenceTexts()) : TextStats.of(prose.sentenceTexts());
        int longest = prose.sentences().stream().mapToInt(Sentence::wordCount).max().orElse(0);
        List<Finding> findings = new ArrayList<>(set.run(context));
        String ran = rules.stream().map(Rule::id).filter(settings::isEnabled).distinct().collect(Collectors.joining(", "));
        String readability = spanish && stats.words() < SpanishReadability.MIN_WORDS
                ? "Spanish readability: not scored, " + stats.words() + " words are too few for Fernández-Huerta or INFLESZ (100 or more)."
                : spanish
                ? String.format(Locale.ROOT, "Spanish readability: Szigriszt-Pazos %.1f (INFLESZ '%s'; target 'bastante fácil', %.0f or more),"
                        + " Fernández-Huerta %.1f.", SpanishReadability.szigrisztPazos(stats),
                        SpanishReadability.inflesz(SpanishReadability.szigrisztPazos(stats)), SpanishReadability.TARGET,
                        SpanishReadability.fernandezHuerta(stats))
                : "No readability formula for '" + lang + "' here, so no reading grade is given (English formulas would mislead).";
        findings.add(new Finding(firstLine, 1, Severity.NOTE, NOTE_ID, readability + " Rules run: " + ran
                + ". Not run, as they know English only: jargon, passive-voice, undefined-abbreviation."));
        findings.sort(Finding.IN_ORDER);
        // No English grades for a text that is not English: NaN shows as "-" in the report and is left out of JSON.
        return new ArticleReport(stats.words(), stats.sentences(), Double.NaN, Double.NaN,
                Double.NaN, longest, 0, 0, findings);
    }
}
