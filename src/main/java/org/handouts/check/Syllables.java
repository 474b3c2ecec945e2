package org.handouts.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts English syllables in ordinary words.
 *
 * <p>Readability formulas only need a good estimate, so this uses spelling rules (vowel groups plus
 * the usual corrections) and a small shipped exception list instead of a full pronouncing
 * dictionary. Counts aim to match the CMU Pronouncing Dictionary, which is what the tests use as
 * ground truth.
 */
public final class Syllables {

    private static final Map<String, Integer> EXCEPTIONS = loadExceptions("syllable-exceptions.tsv");

    /** Common first elements of compounds whose final e is silent: "some-thing", "life-time", "care-giver". */
    private static final String[] COMPOUND_HEADS = {
        "some", "life", "home", "care", "base", "side", "time", "where", "there", "house", "note", "fire",
        "more", "whole", "wide", "make", "take", "like", "safe", "hope", "love", "use", "face", "nose",
        "bone", "cake", "drive", "cause", "edge", "blue", "eye", "shoe", "bare", "store", "name",
    };

    private static final Pattern SYLLABIC_M = Pattern.compile(".*[aeiouy]sms?");
    private static final Pattern LE_VERB_ING = Pattern.compile(".*[^r][bcdgkptz]lings?");
    private static final Pattern IRE = Pattern.compile(".*([^aeiou]|qu)i(re|res|red)");
    private static final Pattern SILENT_GUE = Pattern.compile(".*[aeiou]gue[sd]?");

    private Syllables() {
    }

    /**
     * Syllables in one token as produced by {@link Words}: handles hyphenated words, contractions,
     * short all-caps initialisms (spelled letter by letter) and numbers (counted as one syllable,
     * since spelling numbers out is beyond a heuristic). Never returns less than 1 for a token with a
     * letter or digit.
     */
    public static int count(String token) {
        if (token.indexOf('-') >= 0) {
            int sum = 0;
            for (String part : token.split("-")) {
                sum += part.isEmpty() ? 0 : count(part);
            }
            return Math.max(sum, 1);
        }
        if (token.chars().anyMatch(Character::isDigit)) {
            String letters = token.replaceAll("[^\\p{L}]", "");
            return 1 + (letters.isEmpty() ? 0 : count(letters));
        }
        if (token.indexOf('.') >= 0) {
            // Dotted abbreviations such as "e.g." or "U.S." are read letter by letter.
            return Math.max(1, token.replace(".", "").length());
        }
        if (isInitialism(token)) {
            int n = 0;
            for (char c : token.toCharArray()) {
                n += c == 'W' ? 3 : 1;
            }
            return n;
        }
        String word = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        Integer known = EXCEPTIONS.get(word);
        if (known != null) {
            return known;
        }
        int extra = 0;
        if (word.endsWith("n't") && word.length() > 4 && !isVowel(word.charAt(word.length() - 4))) {
            extra = 1; // "didn't", "isn't": the n is syllabic after a consonant.
        }
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2)
                    + (endsWithSibilant(word.substring(0, word.length() - 2)) ? "es" : "s");
        }
        word = word.replace("'", "");
        known = EXCEPTIONS.get(word);
        return extra + (known != null ? known : countByRules(word));
    }

    /** Whether a token is a short all-caps initialism such as "CT" or "MRI" that is read letter by letter. */
    private static boolean isInitialism(String token) {
        return token.length() >= 2 && token.length() <= 3 && token.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Spelling rules only, without the exception list; package-private so accuracy can be measured. */
    static int countByRules(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return word.isEmpty() ? 0 : 1;
        }
        boolean[] vowel = vowelMap(w);
        int groups = 0;
        for (int i = 0; i < w.length(); i++) {
            if (vowel[i] && (i == 0 || !vowel[i - 1] || splitsHere(w, i, vowel))) {
                groups++;
            }
        }
        groups += suffixAdjustments(w, vowel, groups);
        return Math.max(groups, 1);
    }

    /**
     * Marks vowel letters. "y" is a vowel except at the start of a word or between vowels
     * ("yes", "beyond"); "u" after "q" is a consonant sound ("quiet", "equal").
     */
    private static boolean[] vowelMap(String w) {
        boolean[] v = new boolean[w.length()];
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'y') {
                boolean between = i > 0 && isVowel(w.charAt(i - 1)) && i + 1 < w.length() && isVowel(w.charAt(i + 1));
                v[i] = i > 0 && !between;
            } else if (c == 'u' && i > 0 && w.charAt(i - 1) == 'q') {
                v[i] = false;
            } else if (c == 'u' && i > 0 && w.charAt(i - 1) == 'g' && i + 1 < w.length() && isVowel(w.charAt(i + 1))
                    && (i == 1 || w.charAt(i - 2) == 'n') && !w.startsWith("e", i + 1)) {
                v[i] = false; // "guide", "language": the u only marks the hard g or a w sound.
            } else {
                v[i] = isVowel(c);
            }
        }
        return v;
    }

    /**
     * Whether the vowel at {@code i} starts a new syllable although the letter before it is also a
     * vowel (hiatus), as in "ra-di-a-tion", "di-et", "vid-e-o", "us-u-al" or "be-ing".
     */
    private static boolean splitsHere(String w, int i, boolean[] vowel) {
        char prev = w.charAt(i - 1);
        char cur = w.charAt(i);
        String before = w.substring(0, i - 1);
        String rest = w.substring(i + 1);
        char beforePrev = i >= 2 ? w.charAt(i - 2) : ' ';
        if (prev == 'y') {
            // A vowel after a vowel-y is a new syllable in "dy-ing" and "em-bry-o", but not in
            // "can-yon" or "dye(s|d)".
            boolean afterCluster = i >= 3 && !vowel[i - 2] && !vowel[i - 3];
            return cur == 'i' || afterCluster && !(cur == 'e' && (rest.isEmpty() || rest.equals("s") || rest.equals("d")));
        }
        if (rest.equals("ng") || rest.equals("ngs")) {
            return cur == 'i'; // "be-ing", "go-ing", "see-ing"
        }
        switch ("" + prev + cur) {
            case "ia":
                // "-cial", "-tian", "Asia" are one syllable, but "asso-ci-ate" and "ap-pre-ci-a-tion" are two.
                return !"ctsg".contains("" + beforePrev) && !rest.startsWith("ge")
                        || (beforePrev == 'c' || beforePrev == 't') && rest.startsWith("t");
            case "io":
                // "-tion", "-sion", "-gion", "fash-ion", "anx-ious", "on-ion", "mil-lion", "sen-ior" keep one
                // syllable; "ra-di-o", "pe-ri-od" and "in-te-ri-or" have two.
                return !"ctsgh".contains("" + beforePrev) && !(beforePrev == 'x' && rest.startsWith("us"))
                        && !(beforePrev == 'n' && rest.startsWith("n"))
                        && !before.endsWith("ll") && !(rest.equals("r") || rest.equals("rs"))
                        || (rest.startsWith("r") && beforePrev == 'r');
            case "iu":
                return true; // "cal-ci-um", "so-di-um"
            case "ie":
                return splitsIe(w, i, beforePrev, rest, vowel);
            case "ua":
                return true; // "us-u-al", "ac-tu-al" ("qua", "gua" never get here: that u is a consonant)
            case "ue":
                // "flu-ent", "cru-el", but "blue", "tissues", "continued".
                return !rest.isEmpty() && !rest.equals("s") && !rest.equals("d") && !rest.startsWith("ss");
            case "eo":
                // "vid-e-o", "ne-on", "ge-og-ra-phy", but "sur-geon", "gor-geous", "o-cean" ("people" is an exception).
                return beforePrev != 'g' && beforePrev != 'c' && !before.endsWith("p") || i == 2;
            case "ea":
                // Word-final "-ea" after a syllable: "ar-e-a", "i-de-a", "nau-se-a" (not "sea", "tea").
                return (rest.isEmpty() || rest.equals("s")) && beforePrev != ' ' && !vowel[i - 2]
                        && hasVowelBefore(vowel, i - 2);
            case "ui":
                // "ac-u-i-ty", "flu-id", "ru-in" (not "fruit", "build").
                return rest.startsWith("ty") || rest.startsWith("ties") || rest.equals("d") || rest.equals("ds")
                        || rest.equals("n") || rest.equals("ns");
            case "uo":
                return rest.isEmpty() || rest.equals("s") || rest.startsWith("us");
            case "oa":
                return rest.isEmpty() || rest.equals("s");
            default:
                return false;
        }
    }

    private static boolean splitsIe(String w, int i, char beforePrev, String rest, boolean[] vowel) {
        boolean afterConsonant = beforePrev != ' ' && !vowel[i - 2];
        if (!afterConsonant) {
            return false;
        }
        if (rest.startsWith("t")) {
            return true; // "di-et", "qui-et", "so-ci-e-ty"
        }
        if (rest.startsWith("nt") || rest.startsWith("nc")) {
            // "cli-ent", but "pa-tient", "an-cient", "con-ven-ient", "re-sil-ient".
            boolean glide = (beforePrev == 'n' || beforePrev == 'l') && i >= 3 && vowel[i - 3];
            return beforePrev != 'c' && beforePrev != 't' && !glide;
        }
        // Comparatives of -y adjectives ("eas-i-er", "hap-pi-est") but not "pier".
        return (rest.equals("r") || rest.equals("rs") || rest.equals("st")) && hasVowelBefore(vowel, i - 2);
    }

    /** Corrections at the end of a word: silent e, -le, -es, -ed, -ism and friends. */
    private static int suffixAdjustments(String w, boolean[] vowel, int groups) {
        int n = w.length();
        int adjust = 0;
        // Silent e inside common suffixes: "safe-ly", "state-ment", "hope-ful", "care-less".
        for (String suffix : new String[] {"ly", "ment", "ments", "ful", "less", "ness"}) {
            int e = n - suffix.length() - 1;
            if (w.endsWith(suffix) && e >= 2 && w.charAt(e) == 'e' && !vowel[e - 1]
                    && hasVowelBefore(vowel, e - 1) && !isSyllabicLe(w, e)) {
                adjust--;
                break;
            }
        }
        if (adjust == 0) {
            adjust -= silentCompoundE(w);
        }
        if (groups + adjust > 1) {
            adjust -= silentFinalE(w, vowel);
        }
        if (SYLLABIC_M.matcher(w).matches()) {
            adjust++; // "spasm", "autism": the m is syllabic.
        }
        if (w.endsWith("ically")) {
            adjust--; // CMU's first pronunciation of most -ically words drops the "al": "ba-sic-ly".
        }
        if (LE_VERB_ING.matcher(w).matches()) {
            adjust++; // "bub-bl-ing", "set-tl-ing": the l of an -le verb keeps its syllable.
        }
        if (IRE.matcher(w).matches()) {
            adjust++; // "fire", "require": CMU gives the r its own syllable.
        }
        if (SILENT_GUE.matcher(w).matches() && groups + adjust > 1) {
            adjust--; // "fatigue", "league": the -ue is silent.
        }
        return adjust;
    }

    private static int silentCompoundE(String w) {
        for (String head : COMPOUND_HEADS) {
            if (w.startsWith(head) && w.length() > head.length() + 2 && !isVowel(w.charAt(head.length()))) {
                return 1;
            }
        }
        return 0;
    }

    private static boolean hasVowelBefore(boolean[] vowel, int end) {
        for (int k = 0; k < end; k++) {
            if (vowel[k]) {
                return true;
            }
        }
        return false;
    }

    /** 1 if the word ends in an e (optionally +s/+d) that is not pronounced, else 0. */
    private static int silentFinalE(String w, boolean[] vowel) {
        int n = w.length();
        int e;
        if (w.endsWith("e")) {
            e = n - 1;
        } else if (w.endsWith("es") || w.endsWith("ed")) {
            e = n - 2;
        } else {
            return 0;
        }
        if (w.charAt(e) != 'e' || e < 1 || vowel[e - 1]) {
            return 0; // part of a vowel group such as "ee", "ie", "ue"
        }
        if (isSyllabicLe(w, e) || isSyllabicRe(w, e)) {
            return 0; // "ta-ble", "han-dled", "cen-tre"
        }
        char before = w.charAt(e - 1);
        if (w.endsWith("es") && (before == 's' || before == 'x' || before == 'z' || before == 'c' || before == 'g'
                || w.endsWith("ches") || w.endsWith("shes"))) {
            return 0; // "box-es", "pla-ces", "ag-es"
        }
        if (w.endsWith("ed") && (before == 't' || before == 'd')) {
            return 0; // "treat-ed", "need-ed"
        }
        return 1;
    }

    /** Consonant + "le" at {@code e-1..e} forms its own syllable, as in "table" or "simple". */
    private static boolean isSyllabicLe(String w, int e) {
        return e >= 2 && w.charAt(e - 1) == 'l' && !isVowel(w.charAt(e - 2)) && w.charAt(e - 2) != 'l';
    }

    /** Consonant + "re" as in "centre", "acre", "fibre" (British spellings common in health texts). */
    private static boolean isSyllabicRe(String w, int e) {
        return e >= 2 && w.charAt(e - 1) == 'r' && !isVowel(w.charAt(e - 2)) && w.charAt(e - 2) != 'r';
    }

    private static boolean endsWithSibilant(String w) {
        return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")
                || w.endsWith("ce") || w.endsWith("ge");
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static Map<String, Integer> loadExceptions(String resource) {
        Map<String, Integer> map = new HashMap<>();
        try (InputStream in = Syllables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                map.put(parts[0].toLowerCase(Locale.ROOT), Integer.parseInt(parts[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
