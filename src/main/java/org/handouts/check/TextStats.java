package org.handouts.check;

import java.util.List;

/**
 * The counts readability formulas are built from. Kept separate from the formulas so the
 * formulas can be checked against published worked examples without the syllable counter.
 *
 * @param polysyllables words of three or more syllables (SMOG's "polysyllabic words")
 */
public record TextStats(int words, int sentences, int syllables, int polysyllables) {

    public static final TextStats EMPTY = new TextStats(0, 0, 0, 0);

    public TextStats {
        if (words < 0 || sentences < 0 || syllables < 0 || polysyllables < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Counts for the given sentences; each list element is one sentence. Blank ones are skipped. */
    public static TextStats of(List<String> sentences) {
        TextStats total = EMPTY;
        for (String sentence : sentences) {
            total = total.plus(ofSentence(sentence));
        }
        return total;
    }

    /** Counts for one sentence (sentences = 1 unless it has no words). */
    public static TextStats ofSentence(String sentence) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        for (Words.Word word : Words.tokenize(sentence)) {
            int s = Syllables.count(word.text());
            words++;
            syllables += s;
            if (s >= 3) {
                poly++;
            }
        }
        return new TextStats(words, words == 0 ? 0 : 1, syllables, poly);
    }

    public TextStats plus(TextStats other) {
        return new TextStats(words + other.words, sentences + other.sentences,
                syllables + other.syllables, polysyllables + other.polysyllables);
    }
}
