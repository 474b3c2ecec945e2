package org.handouts.check;

import java.util.Locale;

/**
 * Syllables of a Spanish word by the spelling rules: every vowel group is one syllable (a diphthong or
 * triphthong: "cuida", "buey"), except that two strong vowels side by side are two ("po-e-ta", "le-er"), and
 * a written accent on i or u makes it strong ("dí-a", "ba-úl"). The u of "que", "qui", "gue", "gui" is silent,
 * and a final y after a vowel closes that vowel's syllable ("hoy", "muy"). Spanish spelling is regular
 * enough that these rules count like a speaker does for almost every word.
 */
public final class SpanishSyllables {
    private SpanishSyllables() { }

    public static int count(String word) {
        String w = word.toLowerCase(new Locale("es"));
        int syllables = 0;
        char previous = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = isVowel(c) || (c == 'y' && w.length() == 1); // "y" alone is a word; final y after a vowel ("hoy") is not a syllable of its own
            if (c == 'u' && i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g') && i + 1 < w.length()
                    && (w.charAt(i + 1) == 'e' || w.charAt(i + 1) == 'i' || w.charAt(i + 1) == 'é' || w.charAt(i + 1) == 'í')) {
                continue; // silent u: "que", "guitarra"
            }
            if (vowel) {
                if (!previousVowel || (isStrong(previous) && isStrong(c))) {
                    syllables++;
                }
            }
            previousVowel = vowel;
            previous = vowel ? c : 0;
        }
        return Math.max(syllables, w.chars().anyMatch(Character::isLetter) ? 1 : 0);
    }

    private static boolean isVowel(char c) {
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }

    /** a, e, o, and i or u with a written accent. */
    private static boolean isStrong(char c) {
        return "aeoáéíóú".indexOf(c) >= 0;
    }
}
