package org.handouts.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handouts.article.Library;
import org.handouts.article.TagIndex;
import org.handouts.i18n.Translations;
import org.handouts.render.LayoutRepository;

/**
 * What this build will do, worked out before anything is prepared or rendered: every article's outputs and
 * whether each is up to date, and which library outputs (the booklets) are stale, with the hash each will be
 * recorded under. Immutable.
 *
 * @param sources       what was read: layouts, articles, their topics, related articles and translations, and
 *                      the languages the library has articles in (the default first: one booklet each)
 * @param articles      one plan per article that was read, in library order
 * @param declared      every library output this build makes when stale
 * @param staleLibrary  the stale library outputs, each with the hash of its inputs
 * @param upToDate      every output file that is already right
 */
record BuildPlan(Sources sources, List<ArticlePlan> articles, List<LibraryOutput> declared,
                 Map<LibraryOutput, String> staleLibrary, List<Path> upToDate) {

    /** What the build reads before it plans: the layouts (and the chosen ones), the article files, the library. */
    record Sources(LayoutRepository layouts, List<org.handouts.render.Layout> chosen, List<Path> markdown,
                   Library library, TagIndex tags, Map<org.handouts.article.Article, List<org.handouts.article.Article>> related,
                   Translations translations, List<String> languages) {
        Sources {
            chosen = List.copyOf(chosen);
            markdown = List.copyOf(markdown);
            languages = List.copyOf(languages);
            related = Collections.unmodifiableMap(new LinkedHashMap<>(related));
        }
    }

    BuildPlan {
        articles = List.copyOf(articles);
        declared = List.copyOf(declared);
        staleLibrary = Collections.unmodifiableMap(new LinkedHashMap<>(staleLibrary));
        upToDate = List.copyOf(upToDate);
    }

    /** Booklets are remade exactly when stale; with none stale (or none asked for) only changed articles are prepared. */
    boolean libraryWork() {
        return !staleLibrary.isEmpty();
    }

    /** The articles to prepare: all of them when a booklet is remade, else those with a PDF to render. */
    List<ArticlePlan> toPrepare() {
        return articles.stream().filter(p -> libraryWork() || p.needsRendering()).toList();
    }

    int renderCount() {
        return (int) articles.stream().flatMap(p -> p.outputs().stream()).filter(o -> !o.fresh()).count();
    }

    /** The files of the stale library outputs. */
    List<Path> staleLibraryFiles() {
        List<Path> files = new ArrayList<>();
        staleLibrary.keySet().forEach(o -> files.add(o.file()));
        return files;
    }
}
