package org.handouts.config;

import java.util.Set;

/**
 * The {@code check:} section of handouts.yml: the targets {@code handouts check} holds articles to. The one
 * set of thresholds: the review's rules read these, and the build's summary line counts by them.
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
        if (maxSentenceWords < 1 || maxParagraphSentences < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        disabledRules = Set.copyOf(disabledRules);
    }

    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    public CheckOptions withTargetGrade(double grade) {
        return new CheckOptions(grade, maxSentenceWords, maxParagraphSentences, reviewAfterYears, disabledRules);
    }

    public CheckOptions withMaxSentenceWords(int words) {
        return new CheckOptions(targetGrade, words, maxParagraphSentences, reviewAfterYears, disabledRules);
    }

    public CheckOptions withDisabledRules(Set<String> ruleIds) {
        return new CheckOptions(targetGrade, maxSentenceWords, maxParagraphSentences, reviewAfterYears, ruleIds);
    }
}
