package org.handouts.check;

/**
 * The classic readability formulas. Each returns 0 for text without words or sentences, where the
 * formulas are undefined, so an empty article does not look "hard".
 */
public final class Readability {

    private Readability() {
    }

    /** Flesch–Kincaid grade level: 0.39·W/S + 11.8·Syl/W − 15.59 (Kincaid et al., 1975). */
    public static double fleschKincaidGrade(TextStats s) {
        if (s.words() == 0 || s.sentences() == 0) {
            return 0;
        }
        return 0.39 * s.words() / s.sentences() + 11.8 * s.syllables() / s.words() - 15.59;
    }

    /** Flesch reading ease: 206.835 − 1.015·W/S − 84.6·Syl/W (Flesch, 1948); higher is easier. */
    public static double fleschReadingEase(TextStats s) {
        if (s.words() == 0 || s.sentences() == 0) {
            return 0;
        }
        return 206.835 - 1.015 * s.words() / s.sentences() - 84.6 * s.syllables() / s.words();
    }

    /**
     * SMOG grade: 1.0430·√(polysyllables·30/S) + 3.1291 (McLaughlin, 1969). The formula was
     * calibrated on 30-sentence samples; shorter texts are scaled up, which is less reliable.
     */
    public static double smogGrade(TextStats s) {
        if (s.sentences() == 0) {
            return 0;
        }
        return 1.0430 * Math.sqrt(s.polysyllables() * 30.0 / s.sentences()) + 3.1291;
    }
}
