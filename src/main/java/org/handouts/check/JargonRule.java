package org.handouts.check;

import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.List;

/** Notes medical jargon and suggests the plain-language alternative from {@link JargonDictionary}. */
public final class JargonRule implements Rule {

    public static final String ID = "jargon";

    private final JargonDictionary dictionary;

    public JargonRule() {
        this(JargonDictionary.standard());
    }

    public JargonRule(JargonDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (JargonDictionary.Match match : dictionary.occurrences(context.prose())) {
            findings.add(new Finding(match.sentence().positionOf(match.start()), Severity.NOTE, ID,
                    "\"" + match.matchedText() + "\" is medical jargon; consider \"" + match.entry().alternative()
                            + "\" or explain it"));
        }
        return findings;
    }
}
