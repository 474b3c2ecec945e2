package org.handouts.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The readable content of an article: prose blocks for readability, headings kept separately. */
public record Prose(List<ProseBlock> blocks, List<Heading> headings) {

    public Prose {
        blocks = List.copyOf(blocks);
        headings = List.copyOf(headings);
    }

    /** All prose sentences in reading order (headings excluded, as readability formulas expect). */
    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (ProseBlock block : blocks) {
            all.addAll(block.sentences());
        }
        return all;
    }

    /** Prose sentences and heading texts together in file order, for rules that care about first use. */
    public List<Sentence> allText() {
        List<Sentence> all = sentences();
        for (Heading heading : headings) {
            all.add(heading.text());
        }
        all.sort(Comparator.comparing(Sentence::start));
        return all;
    }

    /** The sentence texts, for {@link TextStats#of}. */
    public List<String> sentenceTexts() {
        return sentences().stream().map(Sentence::text).toList();
    }
}
