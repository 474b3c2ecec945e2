package org.handouts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

    private record Known(String word, int syllables) {
    }

    /** Word list with dictionary counts; see the header of syllable-words.tsv for the source. */
    private static List<Known> knownWords() throws IOException {
        List<Known> words = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SyllablesTest.class.getResourceAsStream("syllable-words.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    words.add(new Known(parts[0], Integer.parseInt(parts[1])));
                }
            }
        }
        return words;
    }

    @Test
    void atLeast95PercentOfDictionaryWordsAreExact() throws IOException {
        List<Known> words = knownWords();
        assertTrue(words.size() >= 150, "word list too small: " + words.size());
        List<String> wrong = new ArrayList<>();
        for (Known k : words) {
            int got = Syllables.count(k.word());
            if (got != k.syllables()) {
                wrong.add(k.word() + " expected " + k.syllables() + " got " + got);
            }
        }
        double accuracy = 1.0 - (double) wrong.size() / words.size();
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy + ", wrong: " + wrong);
    }

    @Test
    void rulesAloneGetMostWordsRight() throws IOException {
        // Guards against the exception list hiding a broken rule engine.
        List<Known> words = knownWords();
        long exact = words.stream().filter(k -> Syllables.countByRules(k.word()) == k.syllables()).count();
        assertTrue(exact >= 0.90 * words.size(), "rules alone: " + exact + "/" + words.size());
    }

    @ParameterizedTest
    @CsvSource({
        "cancer, 2", "chemotherapy, 5", "radiation, 4", "the, 1", "every, 3", "people, 2",
        "table, 2", "makes, 1", "boxes, 2", "treated, 2", "helped, 1", "being, 2", "diet, 2",
        "usual, 3", "completely, 3", "metastases, 4", "neoadjuvant, 5"
    })
    void countsOrdinaryWords(String word, int expected) {
        assertEquals(expected, Syllables.count(word), word);
    }

    @ParameterizedTest
    @CsvSource({
        "CT, 2", "MRI, 3", "long-term, 2", "don't, 1", "didn't, 2", "patient's, 2", "2.5, 1", "e.g, 2",
        "Dr, 2", "HER2, 4"
    })
    void countsTokens(String token, int expected) {
        assertEquals(expected, Syllables.count(token), token);
    }
}
