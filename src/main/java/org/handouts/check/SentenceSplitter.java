package org.handouts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at ".", "!", "?" and "…" followed by a space, without breaking
 * after common abbreviations ("Dr.", "e.g.", "vs."), decimals ("2.5") or initials ("John F. Kennedy").
 */
public final class SentenceSplitter {

    /** Abbreviations that are virtually never the last word of a sentence. */
    private static final Set<String> NEVER_FINAL = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "sr", "st", "vs", "v", "e.g", "i.e", "cf", "approx", "fig", "u.s", "u.k",
            "ca", "jr", "mt", "dept", "ave");

    private static final String CLOSERS = "\"'’”)]";

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, trimmed, in order. */
    public static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        for (int[] span : spans(text)) {
            result.add(text.substring(span[0], span[1]));
        }
        return result;
    }

    /** {@code [start, end)} ranges of the sentences in {@code text}, trimmed of surrounding whitespace. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isTerminator(text.charAt(end))) {
                end++;
            }
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = skipSpace(text, end);
            boolean followedBySpace = end < text.length() && Character.isWhitespace(text.charAt(end));
            if (followedBySpace && next < text.length() && endsSentence(text, start, i, end, next)) {
                spans.add(new int[] {start, trimEnd(text, start, end)});
                start = next;
            }
            i = Math.max(end, i + 1);
        }
        if (start < text.length()) {
            int end = trimEnd(text, start, text.length());
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /**
     * Decides whether the terminator run starting at {@code dot} really ends a sentence, given the
     * sentence start and the first character of what follows.
     */
    private static boolean endsSentence(String text, int sentenceStart, int dot, int end, int next) {
        char following = text.charAt(next);
        if (text.charAt(dot) != '.' || end - dot > 1 && text.charAt(dot + 1) == '.') {
            return !Character.isLowerCase(following); // "!", "?", "…", "..."
        }
        if (Character.isLowerCase(following)) {
            return false; // "approx. five", "etc. and": sentences start with a capital
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && "(\"'“‘[".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !isInitial(text, sentenceStart, wordStart, word);
    }

    /**
     * A single capital letter is an initial when it starts the sentence, follows a capitalised word
     * ("John F. Kennedy") or is followed by another initial ("J. R. Smith"), but not after an
     * ordinary word ("take vitamin D. Then").
     */
    private static boolean isInitial(String text, int sentenceStart, int wordStart, String word) {
        if (word.length() != 1 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int next = skipSpace(text, wordStart + 2);
        if (next + 1 < text.length() && Character.isUpperCase(text.charAt(next)) && text.charAt(next + 1) == '.') {
            return true;
        }
        int p = wordStart - 1;
        while (p >= sentenceStart && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < sentenceStart) {
            return true;
        }
        int q = p;
        while (q > sentenceStart && !Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        return Character.isUpperCase(text.charAt(q));
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
