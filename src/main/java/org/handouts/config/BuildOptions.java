package org.handouts.config;

import java.nio.file.Path;
import org.handouts.article.PictureAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a build needs to know, as given on the command line (or by a test).
 *
 * @param epub       whether to write the EPUB booklet ({@code --no-epub} turns it off)
 * @param bookletPdf whether to write the printed booklet ({@code --no-booklet-pdf} turns it off)
 * @param site       whether to write the web edition, when {@code site.enabled} allows it ({@code --no-site} turns it off)
 * @param force      render everything, even outputs whose inputs did not change ({@code --force})
 * @param sourceDate the date to stamp on library outputs instead of now; when empty the
 *                   {@code SOURCE_DATE_EPOCH} environment variable decides (see {@code org.handouts.epub.BuildDate})
 */
public record BuildOptions(
        Path articles,
        Path layouts,
        Path fonts,
        Path config,
        Path out,
        Path cache,
        List<String> layoutNames,
        boolean offline,
        int jobs,
        boolean verbose,
        boolean quiet,
        boolean epub,
        boolean bookletPdf,
        boolean site,
        boolean force,
        Optional<Instant> sourceDate) {

    public BuildOptions {
        layoutNames = List.copyOf(layoutNames);
        jobs = Math.max(1, jobs);
        sourceDate = sourceDate == null ? Optional.empty() : sourceDate;
    }

    /** Every library output on, incremental, the date from the environment. */
    public BuildOptions(Path articles, Path layouts, Path fonts, Path config, Path out, Path cache,
                        List<String> layoutNames, boolean offline, int jobs, boolean verbose, boolean quiet) {
        this(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, quiet, true, true, true, false, Optional.empty());
    }

    /** The folder local pictures must stay inside ({@link PictureAddress#projectRoot}). */
    public Path projectRoot() {
        return PictureAddress.projectRoot(config, articles);
    }

    /** The defaults for a project in {@code folder}: the layout a new user sees. */
    public static BuildOptions defaults(Path folder) {
        return new BuildOptions(folder.resolve("articles"), folder.resolve("layouts"), folder.resolve("fonts"),
                folder.resolve("handouts.yml"), folder.resolve("out"), folder.resolve(".cache/handouts"),
                List.of(), false, Runtime.getRuntime().availableProcessors(), false, false);
    }

    public BuildOptions withArticles(Path value) {
        return edit(b -> b.articles = value);
    }

    public BuildOptions withOut(Path value) {
        return edit(b -> b.out = value);
    }

    public BuildOptions withOffline(boolean value) {
        return edit(b -> b.offline = value);
    }

    public BuildOptions withCache(Path value) {
        return edit(b -> b.cache = value);
    }

    public BuildOptions withLayouts(List<String> value) {
        return edit(b -> b.layoutNames = value);
    }

    public BuildOptions withQuiet(boolean value) {
        return edit(b -> b.quiet = value);
    }

    public BuildOptions withEpub(boolean value) {
        return edit(b -> b.epub = value);
    }

    public BuildOptions withBookletPdf(boolean value) {
        return edit(b -> b.bookletPdf = value);
    }

    /** Whether this build writes the web edition ({@code --no-site} turns it off; {@code site.enabled} in the config too). */
    public BuildOptions withSite(boolean value) {
        return edit(b -> b.site = value);
    }

    public BuildOptions withForce(boolean value) {
        return edit(b -> b.force = value);
    }

    public BuildOptions withSourceDate(Instant value) {
        return edit(b -> b.sourceDate = Optional.of(value));
    }

    /** A copy with one thing changed; the one place that lists every field. */
    private BuildOptions edit(Consumer<Editor> change) {
        Editor editor = new Editor(this);
        change.accept(editor);
        return editor.build();
    }

    private static final class Editor {
        Path articles;
        Path layouts;
        Path fonts;
        Path config;
        Path out;
        Path cache;
        List<String> layoutNames;
        boolean offline;
        int jobs;
        boolean verbose;
        boolean quiet;
        boolean epub;
        boolean bookletPdf;
        boolean site;
        boolean force;
        Optional<Instant> sourceDate;

        Editor(BuildOptions o) {
            articles = o.articles;
            layouts = o.layouts;
            fonts = o.fonts;
            config = o.config;
            out = o.out;
            cache = o.cache;
            layoutNames = o.layoutNames;
            offline = o.offline;
            jobs = o.jobs;
            verbose = o.verbose;
            quiet = o.quiet;
            epub = o.epub;
            bookletPdf = o.bookletPdf;
            site = o.site;
            force = o.force;
            sourceDate = o.sourceDate;
        }

        BuildOptions build() {
            return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose,
                    quiet, epub, bookletPdf, site, force, sourceDate);
        }
    }
}
