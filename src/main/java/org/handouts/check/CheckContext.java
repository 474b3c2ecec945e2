package org.handouts.check;

import org.handouts.config.CheckOptions;

import org.handouts.article.MarkdownBody;

/** Everything a rule may look at, computed once per article and shared by all rules. */
public record CheckContext(MarkdownBody document, Prose prose, CheckOptions settings) {

    public static CheckContext of(MarkdownBody document, CheckOptions settings) {
        return new CheckContext(document, ProseExtractor.extract(document), settings);
    }
}
