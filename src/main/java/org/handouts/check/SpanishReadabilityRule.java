package org.handouts.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.handouts.diagnostics.Severity;

/**
 * The Spanish counterpart of {@link ReadabilityGradeRule} (same id, so the same setting turns it off): a
 * warning when the INFLESZ score is below "bastante fácil", naming the three hardest sentences.
 */
public final class SpanishReadabilityRule implements Rule {

    private static final int QUOTE_LENGTH = 60;

    @Override
    public String id() {
        return ReadabilityGradeRule.ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Sentence> sentences = context.prose().sentences();
        TextStats stats = SpanishReadability.stats(context.prose().sentenceTexts());
        // The formulas were fitted on passages of 100 words and more; on a line or two they swing wildly
        // ("¡Estamos aquí para ayudarle!" alone scores 31, "muy difícil"), so a short text gets no verdict.
        if (stats.words() < SpanishReadability.MIN_WORDS) {
            return List.of();
        }
        double inflesz = SpanishReadability.szigrisztPazos(stats);
        double huerta = SpanishReadability.fernandezHuerta(stats);
        if (inflesz >= SpanishReadability.TARGET) {
            return List.of();
        }
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "Spanish reading ease is below 'bastante fácil' (INFLESZ %.0f or more): Szigriszt-Pazos %.1f (%s),"
                        + " Fernández-Huerta %.1f. Hardest sentences:", SpanishReadability.TARGET, inflesz,
                SpanishReadability.inflesz(inflesz), huerta));
        sentences.stream()
                .sorted(Comparator.comparingDouble(SpanishReadabilityRule::ease))
                .limit(3)
                .forEach(s -> message.append(String.format(Locale.ROOT, " line %d \"%s\" (%.0f);",
                        s.start().line(), quote(s.text()), ease(s))));
        message.setLength(message.length() - 1);
        return List.of(new Finding(sentences.get(0).start(), Severity.WARNING, id(), message.toString()));
    }

    static double ease(Sentence sentence) {
        return SpanishReadability.szigrisztPazos(SpanishReadability.stats(List.of(sentence.text())));
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1).stripTrailing() + "…";
    }
}
