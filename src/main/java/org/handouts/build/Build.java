package org.handouts.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.handouts.article.Article;
import org.handouts.article.Diagnostic;
import org.handouts.article.Diagnostics;
import org.handouts.article.HeroImage;
import org.handouts.article.Library;
import org.handouts.article.Severity;
import org.handouts.article.TagIndex;
import org.handouts.check.LibraryChecker;
import org.handouts.config.ConfigException;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import org.handouts.epub.EpubBookletWriter;
import org.handouts.images.ImageOutcome;
import org.handouts.images.ImageStore;
import org.handouts.images.PreparedImage;
import org.handouts.render.ArticleBody;
import org.handouts.render.BodyBuilder;
import org.handouts.render.FontLibrary;
import org.handouts.render.HandoutModel;
import org.handouts.render.HandoutRenderer;
import org.handouts.render.Layout;
import org.handouts.render.LayoutRepository;
import org.handouts.render.PdfWriter;
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
    /** Library outputs and their sizes ("booklet.epub 1.2 MB"), printed under the summary line. */
    private final List<String> librarySummaries = Collections.synchronizedList(new ArrayList<>());

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
        PdfWriter.quietRendererLogging(options.verbose());
        HandoutsConfig config;
        try {
            ConfigReader reader = new ConfigReader();
            config = reader.read(options.config());
            diagnostics.reportAll(reader.warnings());
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
        LayoutRepository layouts = new LayoutRepository(options.layouts());
        List<Layout> chosen = chooseLayouts(config, layouts);
        if (!Files.isDirectory(options.articles())) {
            throw new UsageProblem(options.articles(), "articles folder not found (use --articles to point at it)");
        }
        FontLibrary fonts = FontLibrary.scan(options.fonts());
        if (fonts.faces().isEmpty()) {
            diagnostics.report(Diagnostic.warning(options.fonts(), 0, 0,
                    "no .ttf fonts found; PDFs fall back to the built-in Helvetica, which cannot be embedded"));
        }
        Library library = Library.read(options.articles());
        diagnostics.reportAll(library.diagnostics());
        String checkSummary = CheckSummary.of(new LibraryChecker(config.check(), LocalDate.now()).check(library),
                config.check().targetGrade());
        TagIndex tags = new TagIndex(library.articles(), config.tagOrder());

        ImageStore images = new ImageStore(options.cache(), options.offline(), options.articles(), config.images());
        images.prefetch(library.articles());
        List<Path> allowed = new ArrayList<>(List.of(layouts.folder(), options.cache(), options.articles()));
        config.brand().logo().ifPresent(logo -> allowed.add(logo.getParent()));
        PdfWriter pdf = new PdfWriter(fonts, allowed, message -> {
            if (options.verbose()) {
                diagnostics.report(Diagnostic.note(null, 0, 0, "renderer: " + message));
            }
        });
        HandoutRenderer renderer = new HandoutRenderer(new TemplateRenderer(layouts.folder()), pdf, config, tags);
        BodyBuilder bodies = new BodyBuilder();

        Progress progress = new Progress(out, options.quiet(), library.articles().size() * chosen.size());
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger(library.failed());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), daemonThreads());
        try {
            List<CompletableFuture<Optional<HandoutModel.Inputs>>> work = new ArrayList<>();
            for (Article article : library.articles()) {
                work.add(CompletableFuture.supplyAsync(() -> {
                    Optional<HandoutModel.Inputs> built = buildArticle(article, library, chosen, images, bodies, renderer, progress, written);
                    if (built.isEmpty()) {
                        failed.incrementAndGet();
                    }
                    return built;
                }, pool));
            }
            // In library order, whatever order the workers finished in: booklets must not depend on timing.
            List<HandoutModel.Inputs> prepared = work.stream().map(CompletableFuture::join)
                    .flatMap(Optional::stream).toList();
            writeLibraryOutputs(new LibraryContext(config, options, tags, fonts, images, prepared), written);
        } finally {
            pool.shutdownNow();
        }
        int total = library.articles().size() + library.failed();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        BuildResult result = new BuildResult(failed.get() > 0 ? 1 : 0, total, failed.get(), written,
                diagnostics.all(), elapsed);
        printSummary(result);
        if (!checkSummary.isEmpty() && !options.quiet()) {
            out.println(checkSummary);
        }
        return result;
    }

    /**
     * Outputs made from the whole library at once (the EPUB booklet, the PDF booklet), after every
     * article is prepared. Each writes atomically and reports its own problems.
     */
    private void writeLibraryOutputs(LibraryContext context, List<Path> written) {
        // Library-wide writers are added here.
        if (options.epub()) {
            new EpubBookletWriter().write(context, diagnostics::report).ifPresent(booklet -> {
                written.add(booklet.file());
                librarySummaries.add(booklet.summary());
            });
        }
        if (options.bookletPdf()) {
            new PdfBookletWriter(diagnostics).write(context).ifPresent(written::add);
        }
    }

    /** Prepares and renders one article; empty when it could not be built (its error was reported). */
    private Optional<HandoutModel.Inputs> buildArticle(Article article, Library library, List<Layout> layouts, ImageStore images,
                                 BodyBuilder bodies, HandoutRenderer renderer, Progress progress, List<Path> written) {
        List<Diagnostic> found = new ArrayList<>();
        Optional<PreparedImage> hero = Optional.empty();
        if (article.hero().isPresent()) {
            HeroImage spec = article.hero().get();
            if (spec.alt().isBlank()) {
                found.add(Diagnostic.warning(article.file(), spec.line(), spec.column(),
                        "heroImage has no heroAlt: add a short description of the picture for readers who cannot see it (the title is used meanwhile)")
                        .withRule(org.handouts.article.Rules.HERO_ALT));
            }
            ImageOutcome outcome = images.prepare(spec.source(), article.file(), spec.line(), spec.column());
            found.addAll(outcome.diagnostics());
            hero = outcome.image();
        }
        ArticleBody body;
        try {
            body = bodies.build(article, (source, alt) -> {
                int[] where = locate(article, source);
                ImageOutcome outcome = images.prepare(source, article.file(), where[0], where[1]);
                synchronized (found) {
                    found.addAll(outcome.diagnostics());
                }
                return outcome.image().map(PreparedImage::uri);
            });
        } catch (RuntimeException e) {
            found.add(Diagnostic.error(article.file(), article.bodyStartLine(), 1, "cannot convert the Markdown: " + e));
            diagnostics.reportAll(found);
            return Optional.empty();
        }
        diagnostics.reportAll(found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        HandoutModel.Inputs inputs = new HandoutModel.Inputs(article, body, hero,
                RelatedArticles.of(article, library.articles(), 3));
        boolean ok = true;
        for (Layout layout : layouts) {
            Path target = options.out().resolve("pdf").resolve(layout.name()).resolve(article.slug() + ".pdf");
            long began = System.nanoTime();
            try {
                renderer.write(inputs, layout, target);
                written.add(target);
                progress.fileDone(Diagnostic.displayPath(target), (System.nanoTime() - began) / 1_000_000);
            } catch (TemplateRenderer.TemplateFailure e) {
                diagnostics.report(Diagnostic.error(e.file(), e.line(), e.column(),
                        e.getMessage() + " (while rendering " + Diagnostic.displayPath(article.file()) + ")"));
                ok = false;
            } catch (IOException | RuntimeException e) {
                diagnostics.report(Diagnostic.error(article.file(), 1, 1,
                        "could not write " + Diagnostic.displayPath(target) + ": " + e));
                ok = false;
            }
        }
        return ok ? Optional.of(inputs) : Optional.empty();
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

    private List<Layout> chooseLayouts(HandoutsConfig config, LayoutRepository layouts) throws UsageProblem {
        List<String> names = options.layoutNames().isEmpty() ? config.layouts() : options.layoutNames();
        List<Layout> chosen = new ArrayList<>();
        for (String name : names) {
            Optional<Layout> layout = layouts.find(name);
            if (layout.isEmpty()) {
                throw new UsageProblem(options.layouts(), "no layout named '" + name + "' (a layout is a folder with "
                        + Layout.ARTICLE_TEMPLATE + "; found: " + (layouts.names().isEmpty() ? "none" : String.join(", ", layouts.names())) + ")");
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
        out.printf("%d article%s, %d file%s written to %s, %d warning%s, %d error%s, %.1f s%n",
                result.articles(), plural(result.articles()),
                result.written().size(), plural(result.written().size()), Diagnostic.displayPath(options.out()),
                result.count(Severity.WARNING), plural((int) result.count(Severity.WARNING)),
                result.count(Severity.ERROR), plural((int) result.count(Severity.ERROR)),
                result.elapsed().toMillis() / 1000.0);
        librarySummaries.forEach(line -> out.println("  " + line));
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

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "render-" + n.incrementAndGet());
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
