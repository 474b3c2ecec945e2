package org.handouts.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.handouts.InputsHash;
import org.handouts.article.Article;
import org.handouts.article.ArticleReader;
import org.handouts.article.Diagnostic;
import org.handouts.article.Diagnostics;
import org.handouts.article.HeroImage;
import org.handouts.article.Library;
import org.handouts.article.Rules;
import org.handouts.article.Severity;
import org.handouts.article.TagIndex;
import org.handouts.config.ConfigException;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import org.handouts.epub.EpubBookletWriter;
import org.handouts.i18n.LanguageReport;
import org.handouts.i18n.Translations;
import org.handouts.images.ImageCache;
import org.handouts.images.ImageOutcome;
import org.handouts.images.ImageStore;
import org.handouts.images.PreparedImage;
import org.handouts.render.ArticleBody;
import org.handouts.render.BodyBuilder;
import org.handouts.render.BodyPicture;
import org.handouts.render.FontLibrary;
import org.handouts.render.GlyphCoverage;
import org.handouts.render.HandoutModel;
import org.handouts.render.Layout;
import org.handouts.render.LayoutRepository;
import org.handouts.render.TemplateRenderer;

/**
 * The whole pipeline for {@code handouts build}: read the configuration, the layouts and the articles;
 * prepare pictures; render every article through every chosen layout in parallel. A bad article is
 * reported and skipped; every other article still builds.
 */
public final class Build {

    private final BuildOptions options;
    private final PrintStream out;
    private final Diagnostics diagnostics;
    /** Timings and per-article results, written to out/report.json. */
    private final BuildReport report = new BuildReport();
    private static final int RELATED_LIMIT = 3;
    /** Each article's "related handouts", computed once per build while planning. */
    private Map<Article, List<Article>> related = Map.of();
    /** Which articles translate which (each handout links its other languages). */
    private Translations translations = Translations.none();
    /** The languages the library has articles in, the default first: one booklet each. */
    private List<String> languages = List.of();
    /** Library outputs and their sizes ("booklet.epub 1.2 MB"), printed under the summary line. */
    private final List<String> librarySummaries = Collections.synchronizedList(new ArrayList<>());
    /** Warnings from preparing articles, said again while those articles are up to date. */
    private PreparationWarnings preparationWarnings;
    /** What the fonts can draw, known once the fonts are read (only when something is prepared). */
    private Optional<GlyphCoverage> fontCoverage = Optional.empty();
    /** Articles as prepared by earlier builds, so the booklets need not prepare the whole library again. */
    private PreparedArticles keptPreparations;

    public Build(BuildOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.diagnostics = new Diagnostics(d -> {
            synchronized (err) {
                err.println(d.format());
            }
        });
    }

    public BuildResult run() {
        long start = System.nanoTime();
        HandoutsConfig config;
        try {
            ConfigReader reader = new ConfigReader();
            config = reader.read(options.config());
            diagnostics.reportAll(reader.warnings());
            report.stage("read configuration", start);
        } catch (ConfigException e) {
            diagnostics.reportAll(e.diagnostics());
            return stopped(start);
        }
        try {
            return build(config, start);
        } catch (UsageProblem e) {
            diagnostics.report(Diagnostic.error(e.file, 0, 0, e.getMessage()));
            return stopped(start);
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(null, 0, 0, "build failed: " + e));
            return stopped(start);
        }
    }

    private BuildResult build(HandoutsConfig config, long start) throws IOException, UsageProblem {
        long t = System.nanoTime();
        LayoutRepository layouts = new LayoutRepository(options.layouts());
        List<Layout> chosen = chooseLayouts(config, layouts);
        if (!Files.isDirectory(options.articles())) {
            throw new UsageProblem(options.articles(), "articles folder not found (use --articles to point at it)");
        }
        refuseOutputAmongArticles();
        StaleParts.clean(List.of(options.out(), options.cache()), Instant.now());
        List<Path> markdown = Library.listMarkdown(options.articles());
        Library library = Library.read(options.articles(), markdown, config.limits().maxArticleKilobytes());
        diagnostics.reportAll(library.diagnostics());
        TagIndex tags = new TagIndex(library.articles(), config.tagOrder());
        // Related handouts are the reader's language only; the same text in other languages is listed apart.
        related = new java.util.HashMap<>();
        for (List<Article> sameLanguage : Translations.byLanguage(library.articles(), config.language()).values()) {
            related.putAll(RelatedArticles.all(sameLanguage, RELATED_LIMIT));
        }
        translations = Translations.of(library.articles(), config.language());
        languages = List.copyOf(Translations.byLanguage(library.articles(), config.language()).keySet());
        diagnostics.reportAll(LanguageReport.warnings(library.articles(), config));
        report.stage("read articles", t);

        // The review's one summary line is printed last, so it is worked out beside the rendering.
        CompletableFuture<String> checkSummary = CompletableFuture.supplyAsync(() -> {
            long began = System.nanoTime();
            String line = CheckSummary.line(library, config.check(), config.language(), options.out());
            report.stage("plain-language check", began);
            return line;
        }, ownThread("check"));

        // Plan: which outputs are up to date. Nothing here renders, loads fonts or parses templates.
        t = System.nanoTime();
        // --force renders everything but keeps the manifest's other entries (layouts not built this time).
        BuildManifest manifest = BuildManifest.load(options.out());
        preparationWarnings = PreparationWarnings.load(options.out());
        keptPreparations = new PreparedArticles(options.out());
        Lazy<ImageStore> images = new Lazy<>(() -> {
            // ImageIO otherwise copies every picture it inspects through a temporary file on disk.
            javax.imageio.ImageIO.setUseCache(false);
            return new ImageStore(options.cache(), options.offline(), options.articles(), config.images());
        });
        InputFingerprints fingerprints = new InputFingerprints(manifest, new ImageCache(options.cache()), images::get,
                options.articles(), options.offline(), Instant.now());
        String environment = fingerprints.environment(options.config(), options.fonts(), config);
        List<Path> layoutFolders = layouts.all().stream().map(l -> l.folder().toAbsolutePath().normalize()).toList();
        Map<Layout, String> layoutHashes = new LinkedHashMap<>();
        for (Layout layout : chosen) {
            layoutHashes.put(layout, fingerprints.layout(layout, layouts.folder(), layoutFolders));
        }
        fingerprints.prefetch(library.articles());
        Map<Article, String> articleKeys = articleKeys(fingerprints, library.articles(), tags);
        InputsHash libraryHash = InputsHash.start("library").add("environment", environment);
        List<ArticlePlan> plans = new ArrayList<>();
        for (Article article : library.articles()) {
            warnAboutMissingAlt(article);
            String key = articleKeys.get(article);
            libraryHash.add(article.slug(), key);
            List<OutputPlan> outputs = new ArrayList<>();
            for (Layout layout : chosen) {
                Path target = options.out().resolve("pdf").resolve(layout.name()).resolve(article.slug() + ".pdf");
                String hash = InputsHash.of(environment, layoutHashes.get(layout), key);
                outputs.add(new OutputPlan(layout, target, hash, !options.force() && manifest.upToDate(target, hash)));
            }
            // The kept preparation names prepared pictures by path, so it is only good for the same image cache.
            String preparedKey = InputsHash.of(environment, key, options.cache().toAbsolutePath().normalize().toString());
            plans.add(new ArticlePlan(article, outputs, preparedKey));
            outputs.stream().filter(OutputPlan::fresh)
                    .forEach(o -> report.output(article, o.layout(), o.target(), "up to date", 0));
        }
        String libraryKey = libraryHash.hex();
        List<LibraryOutput> declared = libraryOutputs(config, library.articles().size());
        Map<LibraryOutput, String> staleLibrary = new LinkedHashMap<>();
        List<Path> upToDate = new ArrayList<>();
        for (LibraryOutput output : declared) {
            InputsHash hash = InputsHash.start("library output").add(libraryKey);
            for (Path extra : output.extraInputs()) {
                hash.add(extra.toString(), fingerprints.files(extra));
            }
            String key = hash.hex();
            if (!options.force() && manifest.upToDate(output.file(), key)) {
                upToDate.add(output.file());
            } else {
                staleLibrary.put(output, key);
            }
        }
        plans.forEach(p -> p.outputs().stream().filter(OutputPlan::fresh).forEach(o -> upToDate.add(o.target())));
        report.stage("check inputs", t);

        t = System.nanoTime();
        List<Path> removed = removeOutputsOfDeletedArticles(manifest, markdown);
        report.stage("remove outputs of deleted articles", t);

        // Booklets (declared in libraryOutputs()) are remade exactly when stale; with none stale, or none
        // asked for (--no-epub --no-booklet-pdf), only the changed articles are prepared.
        boolean libraryWork = !staleLibrary.isEmpty();
        List<ArticlePlan> toPrepare = plans.stream().filter(p -> libraryWork || p.needsRendering()).toList();

        // Fonts are read before any article is prepared: the check for characters no font can draw needs them,
        // and a fonts folder with nothing usable stops the build here instead of failing every PDF.
        Optional<FontLibrary> fonts = toPrepare.isEmpty() && !libraryWork ? Optional.empty() : Optional.of(fonts(checkSummary));
        fontCoverage = fonts.map(FontLibrary::coverage);
        Lazy<RenderSetup> setup = new Lazy<>(() -> RenderSetup.create(options, config, layouts, tags, translations, fonts.orElseThrow(), diagnostics));
        Lazy<BodyBuilder> bodies = new Lazy<>(BodyBuilder::new);
        int renderCount = (int) plans.stream().flatMap(p -> p.outputs().stream()).filter(o -> !o.fresh()).count();
        Progress progress = new Progress(out, options.quiet(), Progress.isTerminal(out), renderCount);
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger(library.failed());
        Set<Path> staleFiles = new HashSet<>();
        staleLibrary.keySet().forEach(o -> staleFiles.add(o.file()));
        // The booklets start as soon as every article is prepared, beside the rendering of the changed ones.
        java.util.function.Consumer<List<HandoutModel.Inputs>> booklets = !libraryWork ? null : all -> {
            long began = System.nanoTime();
            writeLibraryOutputs(new LibraryContext(config, options, tags, setup.get().fonts(), all), staleFiles, written);
            report.stage("library outputs", began);
        };
        List<HandoutModel.Inputs> prepared = List.of();
        t = System.nanoTime();
        if (!toPrepare.isEmpty()) {
            prepared = prepareAndRender(toPrepare, booklets, setup, bodies, images, manifest, progress, written, failed);
        } else if (booklets != null) {
            booklets.accept(prepared);
        }
        progress.finish();
        report.stage("prepare, render and booklets (wall)", t);

        boolean libraryFailed = false;
        if (libraryWork) {
            for (Map.Entry<LibraryOutput, String> stale : staleLibrary.entrySet()) {
                Path file = stale.getKey().file();
                // Only a booklet written in this build matches these inputs; an older one left in place does not.
                if (written.contains(file)) {
                    manifest.record(file, stale.getValue());
                    report.libraryOutput(file, "rendered");
                } else {
                    // With no article built there is nothing to put in a booklet: that is not the booklet's failure.
                    libraryFailed |= !prepared.isEmpty();
                    report.libraryOutput(file, "failed");
                }
            }
        }
        declared.stream().filter(o -> !staleLibrary.containsKey(o)).forEach(o -> report.libraryOutput(o.file(), "up to date"));

        // Articles that were not prepared in this build still lack what they lacked (a picture, say).
        for (Article article : library.articles()) {
            diagnostics.reportAll(preparationWarnings.carryOver(article.slug()));
        }
        preparationWarnings.save();

        t = System.nanoTime();
        try {
            manifest.save();
        } catch (IOException e) {
            diagnostics.report(Diagnostic.warning(manifest.file(), 0, 0,
                    "could not save the build manifest (the next build renders everything again): " + e.getMessage()));
        }
        report.stage("save manifest", t);

        String reviewLine = checkSummary.join();
        int total = library.articles().size() + library.failed();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        BuildResult result = new BuildResult(failed.get() > 0 || libraryFailed ? 1 : 0, total, failed.get(), written,
                diagnostics.all(), elapsed, upToDate, removed);
        report.write(options, result, library, markdown);
        printSummary(result);
        if (!options.quiet()) {
            librarySummaries.forEach(line -> out.println("  " + line));
        }
        if (!reviewLine.isEmpty() && !options.quiet()) {
            out.println(reviewLine);
        }
        return result;
    }

    /**
     * One article's outputs this build, each up to date or not, and the hash of what preparing it reads
     * (its key in {@link PreparedArticles}).
     */
    private record ArticlePlan(Article article, List<OutputPlan> outputs, String preparedKey) {
        boolean needsRendering() {
            return outputs.stream().anyMatch(o -> !o.fresh());
        }
    }

    /** One PDF: where it goes, the hash of its inputs, and whether the file on disk already matches it. */
    private record OutputPlan(Layout layout, Path target, String hash, boolean fresh) { }

    /**
     * Parsing Markdown and preparing pictures on one pool, rendering on {@code --jobs} workers: an article
     * is rendered as soon as it is prepared, so a slow download holds up only its own article. When
     * {@code booklets} is given, it is handed every prepared article in library order as soon as the last
     * one is ready, on a thread of its own, and this returns them too; else nothing is kept, so memory does
     * not grow with the library.
     */
    private List<HandoutModel.Inputs> prepareAndRender(List<ArticlePlan> plans, java.util.function.Consumer<List<HandoutModel.Inputs>> booklets,
                                                      Lazy<RenderSetup> setup,
                                                      Lazy<BodyBuilder> bodies, Lazy<ImageStore> images, BuildManifest manifest, Progress progress,
                                                      List<Path> written, AtomicInteger failed) {
        ExecutorService preparers = Executors.newFixedThreadPool(Math.max(2, options.jobs()), daemonThreads("prepare"));
        // One worker renders the build's first PDF alone, then all --jobs workers go on: every class and method
        // of the renderer is cold at first, and two cold renders side by side each pay for that (a one-article
        // edit, 2 layouts, 2 cores: 1.06 s for both at once, against 0.83 s + 0.15 s one after the other).
        ThreadPoolExecutor renderers = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemonThreads("render"));
        AtomicBoolean widened = new AtomicBoolean();
        Runnable widen = () -> {
            if (widened.compareAndSet(false, true) && options.jobs() > 1) {
                renderers.setMaximumPoolSize(options.jobs());
                renderers.setCorePoolSize(options.jobs());
            }
        };
        try {
            // Fonts, templates and the PDF renderer are made while the first articles are being prepared.
            if (plans.stream().anyMatch(ArticlePlan::needsRendering)) {
                renderers.submit(setup::get);
            }
            // Articles with files to render go first, so an edit is rendered while the rest is prepared for the booklets.
            List<ArticlePlan> order = new ArrayList<>(plans);
            order.sort(java.util.Comparator.comparing(p -> !p.needsRendering()));
            Map<ArticlePlan, CompletableFuture<Optional<HandoutModel.Inputs>>> preparations = new java.util.IdentityHashMap<>();
            List<CompletableFuture<Void>> renders = new ArrayList<>();
            for (ArticlePlan plan : order) {
                CompletableFuture<Optional<HandoutModel.Inputs>> inputs = CompletableFuture.supplyAsync(() -> {
                    long began = System.nanoTime();
                    Optional<HandoutModel.Inputs> made = preparedOrPrepare(plan, bodies, images);
                    report.prepared(plan.article(), began);
                    if (made.isEmpty()) {
                        failed.incrementAndGet();
                    }
                    return made;
                }, preparers);
                if (booklets != null) {
                    preparations.put(plan, inputs);
                }
                AtomicInteger renderFailures = new AtomicInteger();
                for (OutputPlan output : plan.outputs()) {
                    if (output.fresh()) {
                        continue;
                    }
                    renders.add(inputs.thenAcceptAsync(made -> {
                        try {
                            made.ifPresent(ready -> {
                                if (!render(ready, output, setup.get(), manifest, progress, written) && renderFailures.getAndIncrement() == 0) {
                                    failed.incrementAndGet();
                                }
                            });
                        } finally {
                            widen.run();
                        }
                    }, renderers));
                }
            }
            // In library order, whatever order the workers finished in: booklets must not depend on timing.
            CompletableFuture<List<HandoutModel.Inputs>> all = CompletableFuture
                    .allOf(preparations.values().toArray(CompletableFuture[]::new))
                    .thenApply(done -> plans.stream().filter(preparations::containsKey).map(p -> preparations.get(p).join())
                            .flatMap(Optional::stream).toList());
            CompletableFuture<Void> library = booklets == null ? CompletableFuture.completedFuture(null)
                    : all.thenAcceptAsync(booklets, ownThread("booklets"));
            CompletableFuture.allOf(renders.toArray(CompletableFuture[]::new)).join();
            library.join();
            return booklets == null ? List.of() : all.join();
        } finally {
            preparers.shutdownNow();
            renderers.shutdownNow();
        }
    }

    private boolean render(HandoutModel.Inputs inputs, OutputPlan output, RenderSetup setup, BuildManifest manifest,
                           Progress progress, List<Path> written) {
        Article article = inputs.article();
        long began = System.nanoTime();
        try {
            setup.renderer().write(inputs, output.layout(), output.target());
            long millis = (System.nanoTime() - began) / 1_000_000;
            manifest.record(output.target(), output.hash(), article.slug());
            written.add(output.target());
            report.output(article, output.layout(), output.target(), "rendered", millis);
            progress.fileDone(Diagnostic.displayPath(output.target()), millis);
            return true;
        } catch (TemplateRenderer.TemplateFailure e) {
            diagnostics.report(Diagnostic.error(e.file(), e.line(), e.column(),
                    e.getMessage() + " (while rendering " + Diagnostic.displayPath(article.file()) + ")"));
        } catch (IOException | RuntimeException e) {
            diagnostics.report(Diagnostic.error(article.file(), 1, 1,
                    "could not write " + Diagnostic.displayPath(output.target()) + ": " + e));
        } catch (StackOverflowError e) {
            diagnostics.report(Diagnostic.error(article.file(), article.bodyStartLine(), 1,
                    "could not write " + Diagnostic.displayPath(output.target()) + ": the article (or the layout's"
                            + " macros) nests too deeply to lay out").withRule(Rules.TOO_DEEP));
        }
        report.output(article, output.layout(), output.target(), "failed", (System.nanoTime() - began) / 1_000_000);
        return false;
    }

    /**
     * Outputs made from the whole library at once (the EPUB booklet, the PDF booklet), after every
     * article is prepared. Each writes atomically and reports its own problems.
     * Only the stale ones (see {@link #libraryOutputs}) are written; the others are up to date.
     */
    private void writeLibraryOutputs(LibraryContext library, Set<Path> stale, List<Path> written) {
        // The two booklets share nothing but the prepared articles, so they are made side by side.
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        // One pair of booklets per language the library has (booklet.epub, booklet.es.epub, ...).
        for (String lang : languages) {
        LibraryContext context = library.inLanguage(lang);
        if (options.epub() && stale.contains(context.file(EpubBookletWriter.FILE_NAME))) {
            writers.add(CompletableFuture.runAsync(() -> new EpubBookletWriter().write(context, diagnostics::report)
                    .ifPresent(booklet -> {
                        written.add(booklet.file());
                        librarySummaries.add(booklet.summary());
                    }), ownThread("epub")));
        }
        if (options.bookletPdf() && stale.contains(context.file(PdfBookletWriter.FILE_NAME))) {
            writers.add(CompletableFuture.runAsync(() -> new PdfBookletWriter(diagnostics).write(context).ifPresent(written::add),
                    ownThread("booklet-pdf")));
        }
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * The files {@link #writeLibraryOutputs} makes, with the inputs each reads beyond the articles, e.g.
     * {@code new LibraryOutput(options.out().resolve("booklet.epub"), List.of(options.layouts().resolve("epub")))}.
     */
    private List<LibraryOutput> libraryOutputs(HandoutsConfig config, int articleCount) {
        List<LibraryOutput> outputs = new ArrayList<>();
        for (String lang : languages) {
            String epub = Translations.bookletName(EpubBookletWriter.FILE_NAME, lang, config.language());
            String pdf = Translations.bookletName(PdfBookletWriter.FILE_NAME, lang, config.language());
            if (options.epub()) {
                outputs.add(new LibraryOutput(options.out().resolve(epub), List.of()));
            }
            if (options.bookletPdf() && articleCount <= config.booklet().maxArticles()) {
                outputs.add(new LibraryOutput(options.out().resolve(pdf),
                        List.of(options.layouts().resolve(config.booklet().layout()))));
            }
        }
        if (options.bookletPdf() && articleCount > config.booklet().maxArticles()) {
            diagnostics.report(Diagnostic.warning(config.file(), config.booklet().line(), config.booklet().column(),
                    PdfBookletWriter.FILE_NAME + " not made: " + articleCount + " articles are more than one printed booklet holds"
                            + " (booklet.maxArticles: " + config.booklet().maxArticles() + " in handouts.yml; raise it if you"
                            + " really want one book, which needs about 3 MB of memory per article)"));
        }
        return outputs;
    }

    /**
     * Each article's input hash, worked out on every core: the planning of a one-article edit waits for all
     * of them, and each reads the article's text and the stored hashes of its pictures.
     */
    private Map<Article, String> articleKeys(InputFingerprints fingerprints, List<Article> articles, TagIndex tags) throws IOException {
        Map<Article, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            articles.parallelStream().forEach(article -> {
                try {
                    // The other languages' titles and addresses are printed on the handout ("Also in").
                    List<Article> shown = new ArrayList<>(related.get(article));
                    translations.others(article).forEach(other -> shown.add(other.article()));
                    keys.put(article, fingerprints.article(article, shown, tags));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return keys;
    }

    /** The warning for a hero without alt text, given on every build (not only when the article is rendered). */
    private void warnAboutMissingAlt(Article article) {
        article.missingHeroAlt().ifPresent(diagnostics::report);
    }

    /** Outputs the manifest recorded for articles whose Markdown file is gone; never any other file. */
    private List<Path> removeOutputsOfDeletedArticles(BuildManifest manifest, List<Path> markdown) {
        Set<String> present = new HashSet<>();
        markdown.forEach(file -> present.add(ArticleReader.slugOf(file)));
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
                keptPreparations.forget(entry.owner());
            } catch (IOException e) {
                diagnostics.report(Diagnostic.warning(file, 0, 0, "could not remove the output of a deleted article: " + e.getMessage()));
            }
        });
        return removed;
    }

    /**
     * The article as prepared by an earlier build from the same inputs, else prepared now (and kept for the
     * next build). Warnings of a kept preparation are repeated by {@link PreparationWarnings}.
     */
    private Optional<HandoutModel.Inputs> preparedOrPrepare(ArticlePlan plan, Lazy<BodyBuilder> bodies, Lazy<ImageStore> images) {
        Article article = plan.article();
        Optional<PreparedArticles.Entry> kept = options.force() ? Optional.empty() : keptPreparations.load(article.slug(), plan.preparedKey());
        if (kept.isPresent()) {
            return Optional.of(new HandoutModel.Inputs(article, kept.get().body(), kept.get().hero(),
                    related.getOrDefault(article, List.of())));
        }
        List<Path> pictures = Collections.synchronizedList(new ArrayList<>());
        Optional<HandoutModel.Inputs> made = prepare(article, bodies.get(), images.get(), pictures);
        made.ifPresent(inputs -> keptPreparations.save(article.slug(), plan.preparedKey(),
                new PreparedArticles.Entry(inputs.body(), inputs.hero(), pictures)));
        return made;
    }

    /**
     * Converts one article's Markdown and prepares its pictures; empty when it could not be built (its error
     * was reported). Every prepared picture file is added to {@code pictures}.
     */
    private Optional<HandoutModel.Inputs> prepare(Article article, BodyBuilder bodies, ImageStore images, List<Path> pictures) {
        List<Diagnostic> found = new ArrayList<>();
        Optional<PreparedImage> hero = Optional.empty();
        if (article.hero().isPresent()) {
            HeroImage spec = article.hero().get();
            ImageOutcome outcome = images.prepare(spec.source(), article.file(), spec.line(), spec.column());
            found.addAll(outcome.diagnostics());
            hero = outcome.image();
            hero.ifPresent(image -> pictures.add(image.file()));
        }
        ArticleBody body;
        try {
            body = bodies.build(article, (source, alt) -> {
                int[] where = locate(article, source);
                ImageOutcome outcome = images.prepare(source, article.file(), where[0], where[1]);
                synchronized (found) {
                    found.addAll(outcome.diagnostics());
                }
                outcome.image().ifPresent(image -> pictures.add(image.file()));
                return outcome.image().map(image -> new BodyPicture(image.uri(), image.width(), image.height()));
            }, warning -> {
                synchronized (found) {
                    found.add(warning);
                }
            });
        } catch (StackOverflowError e) {
            // The reader refuses deep nesting; whatever still overflows stops this article, not the build.
            found.add(Diagnostic.error(article.file(), article.bodyStartLine(), 1,
                    "cannot convert the Markdown: it nests too deeply to process; make it flatter").withRule(Rules.TOO_DEEP));
            diagnostics.reportAll(found);
            return Optional.empty();
        } catch (RuntimeException e) {
            found.add(Diagnostic.error(article.file(), article.bodyStartLine(), 1, "cannot convert the Markdown: " + e));
            diagnostics.reportAll(found);
            return Optional.empty();
        }
        fontCoverage.ifPresent(coverage -> found.addAll(MissingGlyphs.find(article, body, coverage)));
        diagnostics.reportAll(found);
        preparationWarnings.prepared(article.slug(), found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        return Optional.of(new HandoutModel.Inputs(article, body, hero, related.getOrDefault(article, List.of())));
    }

    /** Where an image source is written in the article, for its warnings. */
    private static int[] locate(Article article, String source) {
        String[] lines = article.source().split("\n", -1);
        for (int i = article.bodyStartLine() - 1; i < lines.length; i++) {
            int col = lines[i].indexOf(source);
            if (col >= 0) {
                return new int[] {i + 1, col + 1};
            }
        }
        return new int[] {article.bodyStartLine(), 1};
    }

    /**
     * Outputs written into the articles folder (or articles inside the output folder) would mix PDFs,
     * caches and {@code .part} files with the sources, and cleaning one would touch the other.
     */
    private void refuseOutputAmongArticles() throws UsageProblem {
        Path out = realOrAbsolute(options.out());
        Path articles = realOrAbsolute(options.articles());
        if (out.startsWith(articles) || articles.startsWith(out)) {
            throw new UsageProblem(options.out(), "--out " + Diagnostic.displayPath(options.out()) + " is "
                    + (out.equals(articles) ? "the articles folder" : out.startsWith(articles) ? "inside the articles folder"
                    : "around the articles folder") + "; write the outputs to a folder of their own, such as 'out'");
        }
    }

    /** The real path of the file, or of its nearest existing parent with the rest appended. */
    private static Path realOrAbsolute(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** The fonts, or the configuration error that stops the build (once the review has stopped writing). */
    private FontLibrary fonts(CompletableFuture<String> checkSummary) throws IOException, UsageProblem {
        try {
            return RenderSetup.fonts(options, diagnostics);
        } catch (RenderSetup.NoUsableFont e) {
            checkSummary.join();
            throw new UsageProblem(e.folder(), e.getMessage());
        }
    }

    private List<Layout> chooseLayouts(HandoutsConfig config, LayoutRepository layouts) throws UsageProblem {
        List<String> names = options.layoutNames().isEmpty() ? config.layouts() : options.layoutNames();
        List<Layout> chosen = new ArrayList<>();
        for (String name : names) {
            Optional<Layout> layout = layouts.find(name);
            if (layout.isEmpty()) {
                throw new UsageProblem(options.layouts(), "no layout named '" + name + "' (a layout is a folder with "
                        + Layout.ARTICLE_TEMPLATE + "; found: " + (layouts.names().isEmpty() ? "none; use --layouts DIR to point at the layouts folder" : String.join(", ", layouts.names())) + ")");
            }
            if (!chosen.contains(layout.get())) {
                chosen.add(layout.get());
            }
        }
        return chosen;
    }

    private void printSummary(BuildResult result) {
        if (options.quiet() && result.exitCode() == 0) {
            return;
        }
        out.printf("%d article%s: %d file%s rendered to %s, %d up to date%s, %d warning%s, %d error%s, %.1f s%n",
                result.articles(), plural(result.articles()),
                result.written().size(), plural(result.written().size()), Diagnostic.displayPath(options.out()),
                result.upToDate().size(),
                result.removed().isEmpty() ? "" : ", " + result.removed().size() + " removed",
                result.count(Severity.WARNING), plural((int) result.count(Severity.WARNING)),
                result.count(Severity.ERROR), plural((int) result.count(Severity.ERROR)),
                result.elapsed().toMillis() / 1000.0);
        long missingGlyphs = result.diagnostics().stream().filter(MissingGlyphs::isMissingGlyph).count();
        if (missingGlyphs > 0) {
            out.printf("%d warning%s about characters no font can draw: they print as '#'%n", missingGlyphs, plural((int) missingGlyphs));
        }
        if (result.failedArticles() > 0) {
            out.printf("%d article%s not built: see the errors above%n", result.failedArticles(), plural(result.failedArticles()));
        }
    }

    private BuildResult stopped(long start) {
        return new BuildResult(2, 0, 0, List.of(), diagnostics.all(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** Runs each task on a new daemon thread of its own: for a few long tasks that must not queue behind each other. */
    private static java.util.concurrent.Executor ownThread(String name) {
        return runnable -> daemonThreads(name).newThread(runnable).start();
    }

    /**
     * Parsing, cleaning and laying out are recursive, so how deep a document may nest depends on the stack.
     * A stated size, not the JVM's default, makes that the same on every machine; the memory is only
     * reserved, and used as deep as a document really goes.
     */
    private static final long THREAD_STACK_BYTES = 16L * 1024 * 1024;

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, name + "-" + n.incrementAndGet(), THREAD_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The build cannot start: a missing folder or an unknown layout. Exit code 2. */
    private static final class UsageProblem extends Exception {
        private final transient Path file;

        UsageProblem(Path file, String message) {
            super(message);
            this.file = file;
        }
    }
}
