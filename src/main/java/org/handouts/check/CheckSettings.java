package org.handouts.check;

import java.util.Set;

/**
 * Thresholds and switches for a check run.
 *
 * @param targetGrade            highest acceptable Flesch–Kincaid or SMOG grade; patient materials
 *                               are commonly aimed at grade 8 or lower
 * @param maxSentenceWords       longest acceptable sentence, in words
 * @param maxParagraphSentences  longest acceptable paragraph, in sentences
 * @param disabledRules          rule ids to skip
 */
public record CheckSettings(double targetGrade, int maxSentenceWords, int maxParagraphSentences,
        Set<String> disabledRules) {

    public static final CheckSettings DEFAULTS = new CheckSettings(8.0, 25, 6, Set.of());

    public CheckSettings {
        if (maxSentenceWords < 1 || maxParagraphSentences < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        disabledRules = Set.copyOf(disabledRules);
    }

    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    public CheckSettings withTargetGrade(double grade) {
        return new CheckSettings(grade, maxSentenceWords, maxParagraphSentences, disabledRules);
    }

    public CheckSettings withMaxSentenceWords(int words) {
        return new CheckSettings(targetGrade, words, maxParagraphSentences, disabledRules);
    }

    public CheckSettings withMaxParagraphSentences(int sentences) {
        return new CheckSettings(targetGrade, maxSentenceWords, sentences, disabledRules);
    }

    public CheckSettings withDisabledRules(Set<String> ruleIds) {
        return new CheckSettings(targetGrade, maxSentenceWords, maxParagraphSentences, ruleIds);
    }
}
