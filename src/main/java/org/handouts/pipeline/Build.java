package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import org.handouts.render.LibraryContext;
import org.handouts.render.PreparedArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.handouts.article.Article;
import org.handouts.article.ArticleReader;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.diagnostics.Severity;
import org.handouts.config.ConfigException;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import org.handouts.images.ImageStore;
import org.handouts.io.FolderLock;
import org.handouts.render.FontLibrary;
import org.handouts.site.SiteWriter;

/**
 * The whole pipeline for {@code handouts build}: read the configuration, the layouts and the articles
 * ({@link BuildPlanner}); decide what is up to date ({@link BuildPlan}); prepare the articles that need it
 * ({@link ArticlePreparer}) and render them in parallel ({@link RenderScheduler}), with the booklets
 * ({@link Booklets}) made as soon as every article is prepared. A bad article is reported and skipped;
 * every other article still builds.
 */
public final class Build {

    private final BuildOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Whether {@code out} is a terminal, where progress lines redraw themselves. */
    private final boolean terminal;
    private final Diagnostics diagnostics;
    /** Timings and per-article results, written to out/report.json. */
    private final BuildReport report = new BuildReport();
    /** Library outputs and their sizes ("booklet.epub 1.2 MB"), printed under the summary line. */
    private final List<String> librarySummaries = Collections.synchronizedList(new ArrayList<>());

    /** A build printing to streams, as a program embedding it (or a test) has them; never a terminal. */
    public Build(BuildOptions options, PrintStream out, PrintStream err) {
        this(options, writer(out), writer(err), false);
    }

    /** A build printing its summary to {@code out} and every problem to {@code err}, as the command line does. */
    public Build(BuildOptions options, PrintWriter out, PrintWriter err, boolean terminal) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.diagnostics = new Diagnostics(d -> {
            synchronized (err) {
                err.println(d.format());
            }
        });
    }

    public BuildResult run() {
        long start = System.nanoTime();
        try {
            HandoutsConfig config = readConfiguration(start);
            try (FolderLock lock = FolderLock.take(options.out(), () -> {
                synchronized (err) {
                    err.println("handouts: waiting for another build writing to " + Diagnostic.displayPath(options.out()) + " to finish...");
                }
            })) {
                return build(start, config);
            }
        } catch (ConfigException e) {
            diagnostics.reportAll(e.diagnostics());
            return stopped(start);
        } catch (UsageProblem e) {
            diagnostics.report(Diagnostic.error(e.file(), 0, 0, e.getMessage()));
            return stopped(start);
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(null, 0, 0, "build failed: " + e));
            return stopped(start);
        }
    }

    /** The build itself, holding the output folder's lock. */
    private BuildResult build(long start, HandoutsConfig config) throws IOException, ConfigException, UsageProblem {
        // Housekeeping beside the build (a walk over every output and cached file); done before it ends.
        CompletableFuture<Void> tidy = CompletableFuture.runAsync(
                () -> StaleParts.clean(List.of(options.out(), options.cache()), java.time.Instant.now()), Threads.ownThread("tidy"));
        BuildPlanner planner = new BuildPlanner(options, config, diagnostics, report);
        BuildPlan.Sources sources = planner.readSources();
        CompletableFuture<String> review = startReview(sources, config);
        BuildManifest manifest = BuildManifest.load(options.out());
        PreparationWarnings warnings = PreparationWarnings.load(options.out());
        PreparedArticles kept = new PreparedArticles(options.out());
        Lazy<ImageStore> images = imageStore(config);
        BuildPlan plan = planner.plan(sources, manifest, images::get);
        List<Path> removed = removeOutputsOfDeletedArticles(manifest, kept, sources.markdown());
        Made made = prepareAndRender(plan, config, manifest, warnings, kept, images, review);
        boolean libraryFailed = recordLibraryOutputs(plan, manifest, made);
        carryOverWarnings(sources, warnings);
        saveManifest(manifest);
        tidy.join();
        return finish(start, plan, made, removed, libraryFailed, review.join());
    }

    /** What preparing and rendering gave: every file written, the articles that failed, the prepared ones (when booklets were made). */
    private record Made(List<Path> written, int failed, List<PreparedArticle> prepared) { }

    private HandoutsConfig readConfiguration(long start) throws ConfigException {
        ConfigReader reader = new ConfigReader();
        HandoutsConfig config = reader.read(options.config());
        diagnostics.reportAll(reader.warnings());
        report.stage("read configuration", start);
        return config;
    }

    /** The review's one summary line is printed last, so it is worked out beside everything else. */
    private CompletableFuture<String> startReview(BuildPlan.Sources sources, HandoutsConfig config) {
        return CompletableFuture.supplyAsync(() -> {
            long began = System.nanoTime();
            String line = CheckSummary.line(sources.library(), options.projectRoot(), config.check(), config.language(), options.out());
            report.stage("plain-language check", began);
            return line;
        }, Threads.ownThread("check"));
    }

    private Lazy<ImageStore> imageStore(HandoutsConfig config) {
        return new Lazy<>(() -> {
            // ImageIO otherwise copies every picture it inspects through a temporary file on disk.
            javax.imageio.ImageIO.setUseCache(false);
            return new ImageStore(options.cache(), options.offline(), options.projectRoot(), config.images());
        });
    }

    /**
     * Prepares the articles the plan needs, renders their stale PDFs and, when a booklet is stale, hands the
     * prepared library to {@link Booklets} in one step.
     */
    private Made prepareAndRender(BuildPlan plan, HandoutsConfig config, BuildManifest manifest, PreparationWarnings warnings,
                                  PreparedArticles kept, Lazy<ImageStore> images, CompletableFuture<String> review)
            throws IOException, UsageProblem {
        List<ArticlePlan> toPrepare = plan.toPrepare();
        BuildPlan.Sources sources = plan.sources();
        // Fonts are read before any article is prepared: the check for characters no font can draw needs them,
        // and a fonts folder with nothing usable stops the build here instead of failing every PDF.
        Optional<FontLibrary> fonts = toPrepare.isEmpty() && !plan.libraryWork() ? Optional.empty() : Optional.of(fonts(review));
        Lazy<RenderSetup> setup = new Lazy<>(() -> RenderSetup.create(options, config, sources.layouts(), sources.tags(),
                sources.translations(), fonts.orElseThrow(), diagnostics));
        Progress progress = new Progress(out, options.quiet(), terminal, plan.renderCount());
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger(sources.library().failed());
        Set<Path> staleFiles = new HashSet<>(plan.staleLibraryFiles());
        boolean siteStale = staleFiles.contains(Booklets.siteIndex(options));
        CompletableFuture<SiteWriter> site = new CompletableFuture<>();
        Consumer<List<PreparedArticle>> booklets = !plan.libraryWork() ? null : all -> {
            if (siteStale && !all.isEmpty()) {
                startSite(new SiteWriter(new LibraryContext(config, options, sources.tags(), setup.get().fonts(), all), config.layouts()), site);
            }
            long began = System.nanoTime();
            Booklets.write(new LibraryContext(config, options, sources.tags(), setup.get().fonts(), all), sources.languages(), staleFiles,
                    diagnostics, written, librarySummaries);
            report.stage("library outputs", began);
        };
        ArticlePreparer preparer = new ArticlePreparer(options, diagnostics, sources.related(), kept, warnings,
                fonts.map(FontLibrary::coverage), images, config.language());
        List<PreparedArticle> prepared = List.of();
        long t = System.nanoTime();
        if (!toPrepare.isEmpty()) {
            prepared = new RenderScheduler(options, diagnostics, report, setup, manifest, progress, written, failed)
                    .run(toPrepare, preparer, booklets);
        } else if (booklets != null) {
            booklets.accept(prepared);
        }
        progress.finish();
        report.stage("prepare, render and booklets (wall)", t);
        if (siteStale && !prepared.isEmpty()) {
            // After the PDFs and booklets: the site offers them, with their sizes.
            long began = System.nanoTime();
            java.util.concurrent.ExecutorService pages = java.util.concurrent.Executors.newFixedThreadPool(
                    Runtime.getRuntime().availableProcessors(), Threads.daemons("site-page"));
            try {
                site.join().write(diagnostics::report, pages).ifPresent(written::add);
            } finally {
                pages.shutdownNow();
            }
            report.stage("web edition", began);
        }
        return new Made(written, failed.get(), prepared);
    }

    /** The web edition's pages are worked out beside the rendering; the site is written once the files it offers are. */
    private void startSite(SiteWriter writer, CompletableFuture<SiteWriter> site) {
        CompletableFuture.runAsync(() -> {
            long began = System.nanoTime();
            writer.prepare();
            report.stage("web edition pages (beside the rendering)", began);
        }, Threads.ownThread("site")).whenComplete((done, failure) -> site.complete(writer));
    }

    /** Records the booklets written in this build in the manifest; true when a stale one could not be made. */
    private boolean recordLibraryOutputs(BuildPlan plan, BuildManifest manifest, Made made) {
        boolean libraryFailed = false;
        for (Map.Entry<LibraryOutput, String> stale : plan.staleLibrary().entrySet()) {
            Path file = stale.getKey().file();
            // Only a booklet written in this build matches these inputs; an older one left in place does not.
            if (made.written().contains(file)) {
                manifest.record(file, stale.getValue());
                report.libraryOutput(file, "rendered");
            } else {
                // With no article built there is nothing to put in a booklet: that is not the booklet's failure.
                libraryFailed |= !made.prepared().isEmpty();
                report.libraryOutput(file, "failed");
            }
        }
        plan.declared().stream().filter(o -> !plan.staleLibrary().containsKey(o)).forEach(o -> report.libraryOutput(o.file(), "up to date"));
        return libraryFailed;
    }

    /** Articles that were not prepared in this build still lack what they lacked (a picture, say). */
    private void carryOverWarnings(BuildPlan.Sources sources, PreparationWarnings warnings) {
        for (Article article : sources.library().articles()) {
            diagnostics.reportAll(warnings.carryOver(article.slug()));
        }
        warnings.save();
    }

    private void saveManifest(BuildManifest manifest) {
        long t = System.nanoTime();
        try {
            manifest.save();
        } catch (IOException e) {
            diagnostics.report(Diagnostic.warning(manifest.file(), 0, 0,
                    "could not save the build manifest (the next build renders everything again): " + e.getMessage()));
        }
        report.stage("save manifest", t);
    }

    private BuildResult finish(long start, BuildPlan plan, Made made, List<Path> removed, boolean libraryFailed, String reviewLine)
            throws IOException {
        BuildPlan.Sources sources = plan.sources();
        int total = sources.library().articles().size() + sources.library().failed();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        BuildResult result = new BuildResult(made.failed() > 0 || libraryFailed ? 1 : 0, total, made.failed(), made.written(),
                diagnostics.all(), elapsed, plan.upToDate(), removed);
        report.write(options, result, sources.library(), sources.markdown());
        printSummary(result);
        if (!options.quiet()) {
            librarySummaries.forEach(line -> out.println("  " + line));
        }
        if (!reviewLine.isEmpty() && !options.quiet()) {
            out.println(reviewLine);
        }
        return result;
    }

    /** Outputs the manifest recorded for articles whose Markdown file is gone; never any other file. */
    private List<Path> removeOutputsOfDeletedArticles(BuildManifest manifest, PreparedArticles kept, List<Path> markdown) {
        long t = System.nanoTime();
        Set<String> present = new HashSet<>();
        markdown.forEach(file -> present.add(ArticleReader.slugOf(options.articles(), file)));
        List<Path> removed = new ArrayList<>();
        manifest.outputs().forEach((file, entry) -> {
            if (entry.owner().equals(BuildManifest.LIBRARY_OWNER) || present.contains(entry.owner())) {
                return;
            }
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add(file);
                }
                manifest.forget(file);
                kept.forget(entry.owner());
            } catch (IOException e) {
                diagnostics.report(Diagnostic.warning(file, 0, 0, "could not remove the output of a deleted article: " + e.getMessage()));
            }
        });
        report.stage("remove outputs of deleted articles", t);
        return removed;
    }

    /** The fonts, or the configuration error that stops the build (once the review has stopped writing). */
    private FontLibrary fonts(CompletableFuture<String> review) throws IOException, UsageProblem {
        try {
            return RenderSetup.fonts(options, diagnostics);
        } catch (RenderSetup.NoUsableFont e) {
            review.join();
            throw new UsageProblem(e.folder(), e.getMessage());
        }
    }

    /** "1.4 s"; under a tenth of a second (a warm daemon's no-change build) "0.04 s", not "0.0 s". */
    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, millis < 100 ? "%.2f s" : "%.1f s", millis / 1000.0);
    }

    private void printSummary(BuildResult result) {
        if (options.quiet() && result.exitCode() == 0) {
            return;
        }
        out.printf("%d article%s: %d file%s rendered to %s, %d up to date%s, %d warning%s, %d error%s, %s%n",
                result.articles(), plural(result.articles()),
                result.written().size(), plural(result.written().size()), Diagnostic.displayPath(options.out()),
                result.upToDate().size(),
                result.removed().isEmpty() ? "" : ", " + result.removed().size() + " removed",
                result.count(Severity.WARNING), plural((int) result.count(Severity.WARNING)),
                result.count(Severity.ERROR), plural((int) result.count(Severity.ERROR)),
                seconds(result.elapsed().toMillis()));
        long missingGlyphs = result.diagnostics().stream().filter(MissingGlyphs::isMissingGlyph).count();
        if (missingGlyphs > 0) {
            out.printf("%d warning%s about characters no font can draw: they print as '#'%n", missingGlyphs, plural((int) missingGlyphs));
        }
        if (result.failedArticles() > 0) {
            out.printf("%d article%s not built: see the errors above%n", result.failedArticles(), plural(result.failedArticles()));
        }
    }

    /** UTF-8, as every stream of this program is written (the tests read what they capture as UTF-8). */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    private BuildResult stopped(long start) {
        return new BuildResult(2, 0, 0, List.of(), diagnostics.all(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
