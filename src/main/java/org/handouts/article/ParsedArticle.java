package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import java.util.List;
import java.util.Optional;

/** What reading one file gave: the article (absent when it had an error) and everything said about it. */
public record ParsedArticle(Optional<Article> article, List<Diagnostic> diagnostics) {

    public ParsedArticle {
        diagnostics = List.copyOf(diagnostics);
    }
}
