package org.handouts.check;

import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Warns when an abbreviation (an all-caps word of 2–6 letters) is used before it is spelled out
 * as "Long Form (ABBR)". Uses after the definition are fine. One warning per abbreviation, at its
 * first undefined use, so a repeated term does not flood the report.
 */
public final class UndefinedAbbreviationRule implements Rule {

    public static final String ID = "undefined-abbreviation";

    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,6}");

    /** Abbreviations everyone reads without a definition. */
    private static final Set<String> ALLOWED = Set.of("OK", "US", "USA", "UK", "TV", "AM", "PM", "ID");

    /**
     * Roman numerals as used for cancer stages ("stage IV"). Only I, V, X and L are treated as
     * numerals, so abbreviations such as "CML" or "MD" are still checked.
     */
    private static final Pattern ROMAN = Pattern.compile("(?=[IVXL]+$)L?X{0,3}(IX|IV|V?I{0,3})");

    private record Use(Sentence sentence, int start, boolean definition) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        for (Sentence sentence : context.prose().allText()) {
            for (Words.Word word : Words.tokenize(sentence.text())) {
                String abbr = abbreviation(word.text());
                if (abbr != null) {
                    uses.computeIfAbsent(abbr, k -> new ArrayList<>())
                            .add(new Use(sentence, word.start(), isDefinition(sentence.text(), word)));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        uses.forEach((abbr, list) -> {
            Use first = list.get(0);
            if (first.definition()) {
                return;
            }
            Use definition = list.stream().filter(Use::definition).findFirst().orElse(null);
            String message = definition == null
                    ? "Abbreviation \"" + abbr + "\" is never spelled out; write the full term followed by (" + abbr
                            + ") the first time"
                    : "Abbreviation \"" + abbr + "\" is used before it is spelled out (\"" + longForm(definition, abbr)
                            + "\" on line " + definition.sentence().positionOf(definition.start()).line()
                            + "); spell it out at first use";
            findings.add(new Finding(first.sentence().positionOf(first.start()), Severity.WARNING, ID, message));
        });
        return findings;
    }

    /** The abbreviation a token stands for ("CTs" → "CT"), or null if it is not one we check. */
    private static String abbreviation(String token) {
        String abbr = token.length() > 2 && token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        if (!ABBREVIATION.matcher(abbr).matches() || ALLOWED.contains(abbr) || ROMAN.matcher(abbr).matches()) {
            return null;
        }
        return abbr;
    }

    /** "(ABBR)" directly after some words is the "Long Form (ABBR)" definition pattern. */
    private static boolean isDefinition(String text, Words.Word word) {
        return word.start() > 0 && text.charAt(word.start() - 1) == '(' && word.end() < text.length()
                && text.charAt(word.end()) == ')' && Words.count(text.substring(0, word.start() - 1)) > 0;
    }

    /** The words before "(ABBR)", one per letter, as the likely long form for the message. */
    private static String longForm(Use definition, String abbr) {
        String text = definition.sentence().text();
        List<Words.Word> before = Words.tokenize(text.substring(0, definition.start() - 1));
        int from = Math.max(0, before.size() - abbr.length());
        return text.substring(before.get(from).start(), definition.start() - 1).strip() + " (" + abbr + ")";
    }
}
