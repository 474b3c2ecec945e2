package org.handouts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula checks from fixed counts, so they do not depend on the syllable counter. */
class ReadabilityTest {

    private static final double CENTS = 0.005;

    @Test
    void catSatOnTheMat() {
        // "The cat sat on the mat." (6 words, 6 syllables): reading ease 116, the usual textbook example.
        TextStats s = new TextStats(6, 1, 6, 0);
        assertEquals(116.15, Readability.fleschReadingEase(s), CENTS);
        assertEquals(-1.45, Readability.fleschKincaidGrade(s), CENTS);
    }

    @Test
    void platypusSentence() {
        // Wikipedia's Flesch example: "The Australian platypus is seemingly a hybrid of a mammal and
        // reptilian creature." 13 words, 26 syllables, reading ease 24.4.
        TextStats s = new TextStats(13, 1, 26, 4);
        assertEquals(24.44, Readability.fleschReadingEase(s), CENTS);
        assertEquals(13.08, Readability.fleschKincaidGrade(s), CENTS);
    }

    @Test
    void hundredWordPassage() {
        // 100 words, 5 sentences, 130 syllables: FK = 7.8 + 15.34 - 15.59; FRE = 206.835 - 20.3 - 109.98.
        TextStats s = new TextStats(100, 5, 130, 10);
        assertEquals(7.55, Readability.fleschKincaidGrade(s), CENTS);
        assertEquals(76.56, Readability.fleschReadingEase(s), CENTS);
    }

    @Test
    void smogOnThirtySentences() {
        // McLaughlin's sample is 30 sentences; 30 polysyllables gives 1.043*sqrt(30) + 3.1291.
        assertEquals(8.84, Readability.smogGrade(new TextStats(400, 30, 560, 30)), CENTS);
        // No polysyllables at all leaves the constant.
        assertEquals(3.13, Readability.smogGrade(new TextStats(10, 2, 10, 0)), CENTS);
        // Shorter texts are scaled to 30 sentences: 10 polysyllables in 10 sentences = 30 in 30.
        assertEquals(8.84, Readability.smogGrade(new TextStats(150, 10, 200, 10)), CENTS);
    }

    @Test
    void emptyTextScoresZero() {
        assertEquals(0, Readability.fleschKincaidGrade(TextStats.EMPTY));
        assertEquals(0, Readability.fleschReadingEase(TextStats.EMPTY));
        assertEquals(0, Readability.smogGrade(TextStats.EMPTY));
    }

    @Test
    void statsCountWordsSyllablesAndPolysyllables() {
        TextStats s = TextStats.of(List.of("The cat sat on the mat.", "Chemotherapy treats cancer."));
        assertEquals(new TextStats(9, 2, 6 + 5 + 1 + 2, 1), s);
    }
}
