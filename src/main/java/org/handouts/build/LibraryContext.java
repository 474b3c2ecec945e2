package org.handouts.build;

import java.util.List;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.render.FontLibrary;
import org.handouts.render.HandoutModel;

/**
 * Everything a library-wide writer (EPUB booklet, PDF booklet) needs: the settings and build options, the
 * topic index, the fonts, and every article that built, prepared (body XHTML, hero, related articles), in
 * library order.
 */
public record LibraryContext(
        HandoutsConfig config,
        BuildOptions options,
        TagIndex tags,
        FontLibrary fonts,
        List<HandoutModel.Inputs> articles) {

    public LibraryContext {
        articles = List.copyOf(articles);
    }
}
