package org.handouts.check;

import org.handouts.config.CheckOptions;

import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.List;

/** Warns about sentences longer than {@link CheckOptions#maxSentenceWords()} words. */
public final class LongSentenceRule implements Rule {

    public static final String ID = "long-sentence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        int max = context.settings().maxSentenceWords();
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : context.prose().sentences()) {
            int words = sentence.wordCount();
            if (words > max) {
                findings.add(new Finding(sentence.start(), Severity.WARNING, ID,
                        "Sentence has " + words + " words (limit " + max + "); split it into shorter sentences"));
            }
        }
        return findings;
    }
}
