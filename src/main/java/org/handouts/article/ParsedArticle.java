package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: the article (absent when it had an error or is a draft) and everything said about it.
 *
 * @param draft the file is marked as a draft: nothing is built from it, and that is not a failure
 */
public record ParsedArticle(Optional<Article> article, List<Diagnostic> diagnostics, boolean draft) {

    public ParsedArticle {
        diagnostics = List.copyOf(diagnostics);
    }

    public ParsedArticle(Optional<Article> article, List<Diagnostic> diagnostics) {
        this(article, diagnostics, false);
    }
}
