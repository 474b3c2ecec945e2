package org.handouts.check;

/** Everything a rule may look at, computed once per article and shared by all rules. */
public record CheckContext(MarkdownDocument document, Prose prose, CheckSettings settings) {

    public static CheckContext of(String body, int firstLine, CheckSettings settings) {
        MarkdownDocument document = MarkdownDocument.parse(body, firstLine);
        return new CheckContext(document, ProseExtractor.extract(document), settings);
    }
}
