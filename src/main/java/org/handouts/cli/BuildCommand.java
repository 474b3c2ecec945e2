package org.handouts.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handouts.build.Build;
import org.handouts.build.BuildOptions;
import org.handouts.build.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Renders every article through every layout into PDFs, and the booklets.",
            "",
            "Reads:   handouts.yml (clinic, paper, layouts), found here or in the",
            "         nearest folder above; the folders below are beside it:",
            "         articles/*.md, and optionally layouts/<name>/ and fonts/*.ttf",
            "         (the built-in layouts and fonts are used without them)",
            "Writes:  out/pdf/<layout>/<article>.pdf",
            "         out/booklet.pdf   (all articles, printable, with a topic index)",
            "         out/booklet.epub  (all articles, for phones and e-readers)",
            "         out/report.json   (what was built, sizes, warnings, timings)",
            "",
            "Builds are incremental: a file whose inputs (article, pictures, layout,",
            "fonts, handouts.yml, related articles) did not change since the last",
            "build is kept as it is (see --force).",
            "",
            "Problems are printed as  path:line:col: error|warning: message.",
            "An article with an error is skipped; all the others are still built,",
            "and an earlier PDF is only ever replaced by a complete new one.",
            "Set SOURCE_DATE_EPOCH (seconds since 1970) to date the booklets and",
            "make rebuilds byte-identical.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts build                          build everything in this folder",
            "  handouts build --layout handout         only the 'handout' layout",
            "  handouts build --offline                use cached pictures, download nothing",
            "  handouts build --no-epub                PDFs only, no EPUB booklet",
            "  handouts build --force                  render everything again",
            "  handouts build --articles ~/clinic/articles --out /tmp/preview",
            "",
            "Exit codes: 0 all built (warnings allowed), 1 some article failed,",
            "2 usage or configuration error."
        })
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the outputs (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = "out")
    Path out;

    @Option(names = "--layout", paramLabel = "NAME", description = "Build only this layout; repeat for more (default: the 'layouts' list in handouts.yml).")
    List<String> layouts = new ArrayList<>();

    @Option(names = "--offline", description = "Download nothing: use pictures from the cache only.")
    boolean offline;

    @Option(names = "--no-epub", description = "Do not write the EPUB booklet (out/booklet.epub).")
    boolean noEpub;

    int jobs = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** 0 or fewer workers would render nothing (or fail deep inside a thread pool): refused here, exit 2. */
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "How many files to render at once, 1 or more (default: the number of cores, ${DEFAULT-VALUE}).")
    void jobs(int value) {
        if (value < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--jobs': " + value + " (give 1 or more files to render at once)");
        }
        jobs = value;
    }

    @Option(names = "--articles", paramLabel = "DIR", description = "The articles folder (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = "articles")
    Path articles;

    @Option(names = "--layouts", paramLabel = "DIR", description = "The project's own layouts, each replacing the built-in one of its name (default: ${DEFAULT-VALUE}, beside handouts.yml; see 'handouts layouts list').", defaultValue = "layouts")
    Path layoutsFolder;

    @Option(names = "--fonts", paramLabel = "DIR", description = "The project's own fonts, added to the built-in ones (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = "fonts")
    Path fonts;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: ${DEFAULT-VALUE} in this folder or the nearest folder above it).", defaultValue = "handouts.yml")
    Path config;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where downloaded pictures are kept (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = ".cache/handouts")
    Path cache;

    @Option(names = "--no-booklet-pdf", description = "Do not write out/booklet.pdf (the whole library as one printable booklet).")
    boolean noBookletPdf;

    @Option(names = "--force", description = "Render every file again, even those whose inputs did not change.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, no progress lines.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the PDF renderer's own messages.")
    boolean verbose;

    @Override
    public Integer call() {
        ProjectFolder project = ProjectFolder.of(spec, config);
        BuildOptions options = new BuildOptions(project.resolve(spec, "--articles", articles),
                project.resolve(spec, "--layouts", layoutsFolder), project.resolve(spec, "--fonts", fonts),
                project.configPath(spec, config), project.resolve(spec, "--out", out), project.resolve(spec, "--cache", cache),
                layouts, offline, jobs, verbose, quiet).withEpub(!noEpub).withBookletPdf(!noBookletPdf).withForce(force);
        BuildResult result = new Build(options, System.out, System.err).run();
        return result.exitCode();
    }
}
