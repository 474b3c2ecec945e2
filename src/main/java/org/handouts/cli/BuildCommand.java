package org.handouts.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handouts.pipeline.Build;
import org.handouts.config.BuildOptions;
import org.handouts.pipeline.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
            "         articles/ (every .md, .markdown and .mdx, at any depth; a site's",
            "         content folder works as it is: --articles src/content/blog),",
            "         and optionally layouts/<name>/ and fonts/*.ttf",
            "         (the built-in layouts and fonts are used without them)",
            "Writes:  out/pdf/<layout>/<slug>.pdf (slug: the path without .md)",
            "         out/booklet.pdf   (all articles, printable, with a topic index)",
            "         out/booklet.epub  (all articles, for phones and e-readers)",
            "         out/booklet.es.pdf, out/booklet.es.epub, ... (one pair for each",
            "                            other language the articles are in: lang:)",
            "         out/site/         (the web edition the QR codes point to;",
            "                            'handouts serve' previews it while you write)",
            "         out/report.json   (what was built, sizes, warnings, timings)",
            "",
            "Builds are incremental: a file whose inputs (article, pictures, layout,",
            "fonts, handouts.yml, related articles) did not change since the last",
            "build is kept as it is (see --force). The first build in a folder",
            "starts a build daemon there (not on Windows unless HANDOUTS_DAEMON=on),",
            "which keeps the tool loaded: the builds after it take about half",
            "the time or less (see --no-daemon).",
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
            "  handouts build --only-layout handout    only the 'handout' layout",
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

    @Mixin
    ProjectOptions project;

    @Option(names = "--only-layout", paramLabel = "NAME", description = "Build only this layout; repeat for more (default: the 'layouts' list in handouts.yml).")
    List<String> layouts = new ArrayList<>();

    /** The old spelling, one letter away from --layouts: still works, with a note. */
    @Option(names = "--layout", paramLabel = "NAME", hidden = true)
    void deprecatedLayout(String name) {
        deprecated("--layout NAME", "--only-layout NAME");
        layouts.add(name);
    }

    @Option(names = "--offline", description = "Download nothing: use pictures from the cache only.")
    boolean offline;

    @Option(names = "--no-epub", description = "Do not write the EPUB booklet (out/booklet.epub).")
    boolean noEpub;

    @Option(names = "--no-site", description = "Do not write the web edition (out/site/) in this build; an earlier"
            + " one is left as it is (site.enabled: false in handouts.yml turns it off for good).")
    boolean noSite;

    int jobs = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** 0 or fewer workers would render nothing (or fail deep inside a thread pool): refused here, exit 2. */
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "How many files to render at once, 1 or more (default: the number of cores).")
    void jobs(int value) {
        if (value < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--jobs': " + value + " (give 1 or more files to render at once)");
        }
        jobs = value;
    }

    @Option(names = "--layouts-folder", paramLabel = "DIR", description = "The project's own layouts, each replacing the built-in one of its name (default: ${DEFAULT-VALUE}, beside handouts.yml; see 'handouts layouts list').", defaultValue = "layouts")
    Path layoutsFolder;

    /** The old spelling, one letter away from --layout: still works, with a note. */
    @Option(names = "--layouts", paramLabel = "DIR", hidden = true)
    void deprecatedLayoutsFolder(Path folder) {
        deprecated("--layouts DIR", "--layouts-folder DIR");
        layoutsFolder = folder;
    }

    @Option(names = "--fonts", paramLabel = "DIR", description = "The project's own fonts, added to the built-in ones (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = "fonts")
    Path fonts;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where downloaded pictures are kept (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = ".cache/handouts")
    Path cache;

    @Option(names = "--no-booklet-pdf", description = "Do not write out/booklet.pdf (the whole library as one printable booklet).")
    boolean noBookletPdf;

    @Option(names = "--force", description = "Render every file again, even those whose inputs did not change.")
    boolean force;

    /** Read by Main before the command line is parsed (see org.handouts.daemon); here it only has to be accepted. */
    @Option(names = "--no-daemon", description = "Build in this process, without this folder's build daemon"
            + " (the process the first build starts and keeps warm for " + org.handouts.daemon.DaemonServer.IDLE_MINUTES
            + " idle minutes, so that the builds after it start faster). Also HANDOUTS_DAEMON=off; never used when CI"
            + " is set, and on Windows only with HANDOUTS_DAEMON=on. 'handouts daemon status|stop' shows or ends the daemons.")
    boolean noDaemon;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, no progress lines.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the PDF renderer's own messages.")
    boolean verbose;

    /**
     * The build these options ask for, in the project found from here up (see {@link ProjectFolder});
     * {@code command} is the command being run ({@code build}, or {@code serve}, which builds with the same options).
     */
    BuildOptions options(CommandSpec command) {
        ProjectFolder folder = project.folder(command);
        Path layoutsGiven = ProjectFolder.given(command, "--layouts") ? layoutsFolder : folder.resolve(command, "--layouts-folder", layoutsFolder);
        return new BuildOptions(project.articles(command), layoutsGiven, folder.resolve(command, "--fonts", fonts),
                project.config(command), folder.resolve(command, "--out", out), folder.resolve(command, "--cache", cache),
                layouts, offline, jobs, verbose, quiet).withEpub(!noEpub).withBookletPdf(!noBookletPdf).withSite(!noSite).withForce(force);
    }

    private final List<String> deprecations = new ArrayList<>();

    private void deprecated(String old, String now) {
        deprecations.add("handouts: note: " + old + " is deprecated (easily confused with its neighbour); use " + now);
    }

    private boolean terminal() {
        return spec.parent() != null && spec.parent().userObject() instanceof HandoutsCommand root ? root.terminal : Main.isTerminal();
    }

    @Override
    public Integer call() {
        deprecations.forEach(spec.commandLine().getErr()::println);
        BuildResult result = new Build(options(spec), spec.commandLine().getOut(), spec.commandLine().getErr(), terminal()).run();
        spec.commandLine().getOut().flush();
        return result.exitCode();
    }
}
