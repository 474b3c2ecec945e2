package org.handouts.check;

import org.handouts.diagnostics.Severity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Warns when the article's Flesch–Kincaid or SMOG grade is above the target, and points at the
 * three hardest sentences so the writer knows where to start.
 */
public final class ReadabilityGradeRule implements Rule {

    public static final String ID = "readability-grade";

    private static final int QUOTE_LENGTH = 60;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Sentence> sentences = context.prose().sentences();
        TextStats stats = TextStats.of(context.prose().sentenceTexts());
        if (stats.words() == 0) {
            return List.of();
        }
        double target = context.settings().targetGrade();
        double fk = Readability.fleschKincaidGrade(stats);
        double smog = Readability.smogGrade(stats);
        if (fk <= target && smog <= target) {
            return List.of();
        }
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "Reading level is above grade %.1f: Flesch-Kincaid %.1f, SMOG %.1f. Hardest sentences:", target, fk, smog));
        sentences.stream()
                .sorted(Comparator.comparingDouble(ReadabilityGradeRule::grade).reversed())
                .limit(3)
                .forEach(s -> message.append(String.format(Locale.ROOT, " line %d \"%s\" (grade %.1f);",
                        s.start().line(), quote(s.text()), grade(s))));
        message.setLength(message.length() - 1);
        return List.of(new Finding(sentences.get(0).start(), Severity.WARNING, ID, message.toString()));
    }

    /** Flesch–Kincaid grade of a single sentence, used to rank sentences by difficulty. */
    static double grade(Sentence sentence) {
        return Readability.fleschKincaidGrade(TextStats.ofSentence(sentence.text()));
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1).stripTrailing() + "…";
    }
}
