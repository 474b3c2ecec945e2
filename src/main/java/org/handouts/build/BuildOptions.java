package org.handouts.build;

import java.nio.file.Path;
import java.util.List;

/** Everything a build needs to know, as given on the command line (or by a test). */
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
        boolean force) {

    public BuildOptions {
        layoutNames = List.copyOf(layoutNames);
        jobs = Math.max(1, jobs);
    }

    /** Without {@code force}: outputs whose inputs did not change are kept (incremental build). */
    public BuildOptions(Path articles, Path layouts, Path fonts, Path config, Path out, Path cache,
                        List<String> layoutNames, boolean offline, int jobs, boolean verbose, boolean quiet) {
        this(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, quiet, false);
    }

    /** The defaults for a project in {@code folder}: the layout a new user sees. */
    public static BuildOptions defaults(Path folder) {
        return new BuildOptions(folder.resolve("articles"), folder.resolve("layouts"), folder.resolve("fonts"),
                folder.resolve("handouts.yml"), folder.resolve("out"), folder.resolve(".cache/handouts"),
                List.of(), false, Runtime.getRuntime().availableProcessors(), false, false, false);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(articles, layouts, fonts, config, newOut, cache, layoutNames, offline, jobs, verbose, quiet, force);
    }

    public BuildOptions withOffline(boolean newOffline) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, newOffline, jobs, verbose, quiet, force);
    }

    public BuildOptions withCache(Path newCache) {
        return new BuildOptions(articles, layouts, fonts, config, out, newCache, layoutNames, offline, jobs, verbose, quiet, force);
    }

    public BuildOptions withLayouts(List<String> names) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, names, offline, jobs, verbose, quiet, force);
    }

    public BuildOptions withForce(boolean newForce) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, quiet, newForce);
    }

    public BuildOptions withJobs(int newJobs) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, newJobs, verbose, quiet, force);
    }

    public BuildOptions withQuiet(boolean newQuiet) {
        return new BuildOptions(articles, layouts, fonts, config, out, cache, layoutNames, offline, jobs, verbose, newQuiet, force);
    }
}
