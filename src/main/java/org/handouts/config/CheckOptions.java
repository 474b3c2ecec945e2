package org.handouts.config;

import java.util.Set;

/**
 * The {@code check:} section of handouts.yml: the targets {@code handouts check} holds articles to.
 *
 * @param targetGrade           highest acceptable Flesch–Kincaid or SMOG grade (NIH and AMA advise 6 to 8)
 * @param maxSentenceWords      longest acceptable sentence
 * @param maxParagraphSentences longest acceptable paragraph
 * @param reviewAfterYears      an article whose {@code reviewed} date is older than this is due for review
 * @param disabledRules         rule ids to switch off
 */
public record CheckOptions(double targetGrade, int maxSentenceWords, int maxParagraphSentences, int reviewAfterYears,
                           Set<String> disabledRules) {

    public static final CheckOptions DEFAULTS = new CheckOptions(8.0, 25, 6, 2, Set.of());

    public CheckOptions {
        disabledRules = Set.copyOf(disabledRules);
    }
}
