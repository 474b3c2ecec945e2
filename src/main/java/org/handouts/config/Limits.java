package org.handouts.config;

import org.handouts.article.ArticleReader;

/**
 * Bounds on input ({@code limits:} in handouts.yml). {@code maxArticleKilobytes}: an article larger than
 * this is refused with an error. A long handout is 30 KB; typesetting grows with size (a 20 MB article ran
 * for minutes into thousands of pages), so the default stops a pasted dump, not a real article.
 */
public record Limits(int maxArticleKilobytes) {
    public static Limits defaults() {
        return new Limits(ArticleReader.DEFAULT_MAX_KILOBYTES);
    }
}
