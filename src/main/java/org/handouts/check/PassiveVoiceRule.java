package org.handouts.check;

import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Notes likely passive voice: a form of "be", up to two adverbs, then a past participle ("-ed" or
 * a common irregular one). Passive sentences hide who acts ("you will be given" vs "your nurse will
 * give you"), which matters in instructions. It is a heuristic, so findings are notes.
 */
public final class PassiveVoiceRule implements Rule {

    public static final String ID = "passive-voice";

    /** A passive construction in a sentence: characters {@code [start, end)} of its text. */
    public record Match(Sentence sentence, int start, int end) {

        public String phrase() {
            return sentence.text().substring(start, end);
        }
    }

    private static final Set<String> BE = Set.of(
            "am", "is", "are", "was", "were", "be", "been", "being",
            "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t");

    private static final Set<String> ADVERBS = Set.of(
            "not", "also", "often", "always", "never", "sometimes", "still", "then", "now", "already", "just",
            "even", "usually", "rarely", "generally", "typically", "commonly", "very", "soon", "first", "all",
            "both", "each", "only", "mostly", "well");

    private static final Set<String> IRREGULAR = Set.of(
            "given", "taken", "done", "made", "seen", "known", "shown", "found", "told", "kept", "left", "held",
            "brought", "bought", "caught", "taught", "thought", "sent", "spent", "built", "put", "set", "cut",
            "hurt", "written", "driven", "eaten", "fallen", "forgotten", "gotten", "hidden", "spoken", "stolen",
            "worn", "torn", "begun", "drunk", "chosen", "frozen", "broken", "beaten", "bitten", "blown", "drawn",
            "grown", "thrown", "shaken", "mistaken", "undertaken", "withdrawn", "paid", "laid", "said", "sold",
            "heard", "meant", "felt", "lost", "led", "fed", "spread", "understood", "met", "bound", "dealt",
            "struck", "stuck", "hung", "shot", "forgiven", "overcome", "bled", "split", "shut", "swollen");

    /** "-ed" adjectives describing feelings; "you may be tired" is not an instruction hiding its actor. */
    private static final Set<String> FEELING_ADJECTIVES = Set.of(
            "tired", "worried", "scared", "interested", "concerned", "excited", "bored", "confused",
            "frightened", "depressed", "stressed", "overwhelmed", "married", "pleased", "surprised",
            "relieved", "embarrassed", "ashamed", "exhausted", "annoyed", "frustrated", "isolated");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Match match : occurrences(context.prose())) {
            findings.add(new Finding(match.sentence().positionOf(match.start()), Severity.NOTE, ID,
                    "Possible passive voice: \"" + match.phrase() + "\"; active voice that says who does what is "
                            + "usually clearer"));
        }
        return findings;
    }

    /** All passive constructions in the prose sentences. */
    public static List<Match> occurrences(Prose prose) {
        List<Match> matches = new ArrayList<>();
        for (Sentence sentence : prose.sentences()) {
            matches.addAll(find(sentence));
        }
        return matches;
    }

    public static List<Match> find(Sentence sentence) {
        List<Words.Word> words = Words.tokenize(sentence.text());
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!BE.contains(lower(words.get(i)))) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && j <= i + 2 && isAdverb(lower(words.get(j)))) {
                j++;
            }
            if (j < words.size() && isParticiple(lower(words.get(j)))) {
                matches.add(new Match(sentence, words.get(i).start(), words.get(j).end()));
                i = j;
            }
        }
        return matches;
    }

    private static boolean isAdverb(String word) {
        return ADVERBS.contains(word) || word.endsWith("ly") && word.length() > 4;
    }

    private static boolean isParticiple(String word) {
        if (IRREGULAR.contains(word)) {
            return true;
        }
        return word.length() >= 4 && word.endsWith("ed") && !word.endsWith("eed") && !word.equals("hundred")
                && !FEELING_ADJECTIVES.contains(word) && word.chars().allMatch(Character::isLetter);
    }

    private static String lower(Words.Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
