package org.handouts.render;

import org.handouts.config.BuildOptions;
import java.util.List;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;

/**
 * Everything a library-wide writer (EPUB booklet, PDF booklet) needs: the settings, the tag index, the
 * fonts, the image store, and every article that built, prepared (body XHTML, hero) and in library order,
 * and the booklet's language (one booklet per language: see {@link #inLanguage}).
 */
public record LibraryContext(
        HandoutsConfig config,
        BuildOptions options,
        TagIndex tags,
        FontLibrary fonts,
        List<PreparedArticle> articles,
        String lang) {

    public LibraryContext {
        articles = List.copyOf(articles);
    }

    /** The default language's booklet. */
    public LibraryContext(HandoutsConfig config, BuildOptions options, TagIndex tags, FontLibrary fonts,
                          List<PreparedArticle> articles) {
        this(config, options, tags, fonts, articles, config.language());
    }

    /** The same library's booklet in one language: its articles in that language only. */
    public LibraryContext inLanguage(String language) {
        return new LibraryContext(config, options, tags, fonts, articles.stream()
                .filter(a -> org.handouts.i18n.Translations.lang(a.article(), config.language()).equalsIgnoreCase(language))
                .toList(), language);
    }

    /** This booklet's file: {@code booklet.epub} in the default language, {@code booklet.es.epub} in Spanish. */
    public java.nio.file.Path file(String defaultName) {
        return options.out().resolve(org.handouts.i18n.Translations.bookletName(defaultName, lang, config.language()));
    }
}
