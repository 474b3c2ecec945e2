package org.handouts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> words(String text) {
        return Words.tokenize(text).stream().map(Words.Word::text).toList();
    }

    @Test
    void keepsCompoundWordsNumbersAndAbbreviationsWhole() {
        assertEquals(List.of("Long-term", "care", "don't", "cost", "100,000", "or", "2.5", "mg", "e.g", "U.S"),
                words("Long-term care — don't cost $100,000 or 2.5 mg (e.g. U.S.)!"));
    }

    @Test
    void recordsCharacterRanges() {
        Words.Word word = Words.tokenize("  Rest well.").get(1);
        assertEquals(new Words.Word("well", 7, 11), word);
    }

    @Test
    void splitsWordsRunTogetherAfterAFullStop() {
        assertEquals(List.of("regimen", "fatal"), words("regimen.fatal"));
    }
}
