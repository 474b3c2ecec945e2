package org.handouts.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words the way readers count them: "long-term", "don't", "2.5", "100,000" and
 * "e.g." are one word each; punctuation and symbols are not words.
 */
public final class Words {

    /** A word and its {@code [start, end)} character range in the text it came from. */
    public record Word(String text, int start, int end) {
    }

    private Words() {
    }

    public static List<Word> tokenize(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                if (isWordChar(text.charAt(i))) {
                    i++;
                } else if (i + 1 < n && joins(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new Word(text.substring(start, i), start, i));
        }
        return words;
    }

    public static int count(String text) {
        return tokenize(text).size();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Whether the punctuation at {@code i} glues the characters on both sides into one word. */
    private static boolean joins(String text, int i) {
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == '-' || c == '\'' || c == '’') {
            return isWordChar(after);
        }
        if (c == '.' || c == ',') {
            if (Character.isDigit(before) && Character.isDigit(after)) {
                return true; // 2.5, 100,000
            }
            // Dotted single letters: "e.g", "i.e", "U.S", "a.m".
            boolean singleBefore = Character.isLetter(before) && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
            boolean singleAfter = Character.isLetter(after) && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
            return c == '.' && singleBefore && singleAfter;
        }
        return false;
    }
}
