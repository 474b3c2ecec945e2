package org.handouts.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a build needs to know, as given on the command line (or by a test).
 *
 * @param epub       whether to write the EPUB booklet ({@code --no-epub} turns it off)
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
        Optional<Instant> sourceDate) {

    public BuildOptions {
        layoutNames = List.copyOf(layoutNames);
        jobs = Math.max(1, jobs);
        sourceDate = sourceDate == null ? Optional.empty() : sourceDate;
    }

    /** Every library output on, the date from the environment. */
    public BuildOptions(Path articles, Path layouts, Path fonts, Path config, Path out, Path cache,
                        List<String> layoutNames, boolean offline, int jobs, boolean verbose, boolean quiet) {
        this(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, quiet, true, Optional.empty());
    }

    /** The defaults for a project in {@code folder}: the layout a new user sees. */
    public static BuildOptions defaults(Path folder) {
        return new BuildOptions(folder.resolve("articles"), folder.resolve("layouts"), folder.resolve("fonts"),
                folder.resolve("handouts.yml"), folder.resolve("out"), folder.resolve(".cache/handouts"),
                List.of(), false, Runtime.getRuntime().availableProcessors(), false, false);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(articles, layouts, fonts, config, newOut, cache, layoutNames, offline, jobs, verbose, quiet, epub, sourceDate);
    }

    public BuildOptions withOffline(boolean newOffline) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, newOffline, jobs, verbose, quiet, epub, sourceDate);
    }

    public BuildOptions withCache(Path newCache) {
        return new BuildOptions(articles, layouts, fonts, config, out, newCache, layoutNames, offline, jobs, verbose, quiet, epub, sourceDate);
    }

    public BuildOptions withLayouts(List<String> names) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, names, offline, jobs, verbose, quiet, epub, sourceDate);
    }

    public BuildOptions withQuiet(boolean newQuiet) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, newQuiet, epub, sourceDate);
    }

    public BuildOptions withEpub(boolean newEpub) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, quiet, newEpub, sourceDate);
    }

    public BuildOptions withSourceDate(Instant date) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, quiet, epub, Optional.of(date));
    }
}
