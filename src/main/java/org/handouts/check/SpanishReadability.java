package org.handouts.check;

/**
 * Readability formulas made for Spanish. Both are Flesch's reading ease refitted to Spanish, so higher is
 * easier. The INFLESZ scale (Barrio-Cantalejo et al., 2008) reads the Szigriszt-Pazos index for health
 * information; "bastante fácil" (65 or more) is the usual target for patient material.
 */
public final class SpanishReadability {
    private SpanishReadability() { }

    /** The INFLESZ target for patient material: "bastante fácil". */
    public static final double TARGET = 65;

    /** The shortest text the scores mean something for (the formulas were fitted on 100-word passages). */
    public static final int MIN_WORDS = 100;

    /** Fernández-Huerta (1959): 206.84 − 0.60·P − 1.02·F, P syllables and F sentences per 100 words. */
    public static double fernandezHuerta(TextStats s) {
        if (s.words() == 0 || s.sentences() == 0) {
            return 0;
        }
        double p = 100.0 * s.syllables() / s.words();
        double f = 100.0 * s.sentences() / s.words();
        return 206.84 - 0.60 * p - 1.02 * f;
    }

    /** Szigriszt-Pazos perspicuity (1993): 206.835 − 62.3·Syl/W − W/S. */
    public static double szigrisztPazos(TextStats s) {
        if (s.words() == 0 || s.sentences() == 0) {
            return 0;
        }
        return 206.835 - 62.3 * s.syllables() / s.words() - (double) s.words() / s.sentences();
    }

    /** The INFLESZ band of a Szigriszt-Pazos score, in the scale's own (Spanish) words. */
    public static String inflesz(double score) {
        if (score < 40) {
            return "muy difícil";
        }
        if (score < 55) {
            return "algo difícil";
        }
        if (score < 65) {
            return "normal";
        }
        if (score <= 80) {
            return "bastante fácil";
        }
        return "muy fácil";
    }

    /** Counts with Spanish syllables, for the given sentences. */
    public static TextStats stats(java.util.List<String> sentences) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        int counted = 0;
        for (String sentence : sentences) {
            int before = words;
            for (Words.Word word : Words.tokenize(sentence)) {
                int s = SpanishSyllables.count(word.text());
                words++;
                syllables += s;
                poly += s >= 3 ? 1 : 0;
            }
            counted += words > before ? 1 : 0;
        }
        return new TextStats(words, counted, syllables, poly);
    }
}
