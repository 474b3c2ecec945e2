package org.handouts.check;

import org.handouts.config.CheckOptions;

import java.util.ArrayList;
import org.handouts.article.MarkdownBody;
import java.util.List;

/** Runs the enabled rules over an article and assembles the report. */
public final class RuleSet {

    private final List<Rule> rules;

    public RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All built-in rules. */
    public static RuleSet standard() {
        return new RuleSet(List.of(
                new ReadabilityGradeRule(),
                new LongSentenceRule(),
                new LongParagraphRule(),
                new JargonRule(),
                new PassiveVoiceRule(),
                new UndefinedAbbreviationRule(),
                new HeadingSkipRule(),
                new LinkTextRule(),
                new ImageAltRule(),
                new TableHeaderRule(),
                new InvisibleCharacterRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Findings of every rule not disabled in the context's settings, in file order. */
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (context.settings().isEnabled(rule.id())) {
                findings.addAll(rule.check(context));
            }
        }
        findings.sort(Finding.IN_ORDER);
        return findings;
    }

    /** Checks a Markdown body that starts on line {@code firstLine} (1-based) of its file. */
    public ArticleReport check(String body, int firstLine, CheckOptions settings) {
        return check(MarkdownBody.parse(body, firstLine), settings);
    }

    /** Checks an article's parsed body: the document the renderer reads too. */
    public ArticleReport check(MarkdownBody body, CheckOptions settings) {
        CheckContext context = CheckContext.of(body, settings);
        Prose prose = context.prose();
        TextStats stats = TextStats.of(prose.sentenceTexts());
        int longest = prose.sentences().stream().mapToInt(Sentence::wordCount).max().orElse(0);
        // Counts are reported even when the matching rule is disabled: they describe the text.
        int passive = PassiveVoiceRule.occurrences(prose).size();
        int jargon = JargonDictionary.standard().occurrences(prose).size();
        return new ArticleReport(stats.words(), stats.sentences(), Readability.fleschKincaidGrade(stats),
                Readability.smogGrade(stats), Readability.fleschReadingEase(stats), longest, passive, jargon,
                run(context));
    }
}
