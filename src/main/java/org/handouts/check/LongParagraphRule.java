package org.handouts.check;

import org.handouts.config.CheckOptions;

import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Warns about paragraphs with more than {@link CheckOptions#maxParagraphSentences()} sentences.
 * Only real paragraphs count: list items and table cells are already broken up.
 */
public final class LongParagraphRule implements Rule {

    public static final String ID = "long-paragraph";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        int max = context.settings().maxParagraphSentences();
        List<Finding> findings = new ArrayList<>();
        for (ProseBlock block : context.prose().blocks()) {
            int count = block.sentences().size();
            if (block.kind() == ProseBlock.Kind.PARAGRAPH && count > max) {
                findings.add(new Finding(block.start(), Severity.WARNING, ID,
                        "Paragraph has " + count + " sentences (limit " + max + "); break it up or use a list"));
            }
        }
        return findings;
    }
}
