package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import org.handouts.render.PreparedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.article.Rules;
import org.handouts.render.TemplateRenderer;

/**
 * Runs the preparing and the rendering: preparing on one pool, rendering on {@code --jobs} workers, an
 * article rendered as soon as it is prepared, so a slow download holds up only its own article.
 */
final class RenderScheduler {

    private final BuildOptions options;
    private final Diagnostics diagnostics;
    private final BuildReport report;
    private final Lazy<RenderSetup> setup;
    private final BuildManifest manifest;
    private final Progress progress;
    /** Every file this build wrote (thread-safe). */
    private final List<Path> written;
    /** Articles that could not be built: not prepared, or a PDF of theirs failed. */
    private final AtomicInteger failed;

    RenderScheduler(BuildOptions options, Diagnostics diagnostics, BuildReport report, Lazy<RenderSetup> setup,
                    BuildManifest manifest, Progress progress, List<Path> written, AtomicInteger failed) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.report = report;
        this.setup = setup;
        this.manifest = manifest;
        this.progress = progress;
        this.written = written;
        this.failed = failed;
    }

    /**
     * Prepares {@code plans} and renders their stale PDFs. When {@code booklets} is given, it is handed
     * every prepared article in library order as soon as the last one is ready, on a thread of its own, and
     * this returns them too; else nothing is kept, so memory does not grow with the library.
     */
    List<PreparedArticle> run(List<ArticlePlan> plans, ArticlePreparer preparer, Consumer<List<PreparedArticle>> booklets) {
        ExecutorService preparers = Executors.newFixedThreadPool(Math.max(2, options.jobs()), Threads.daemons("prepare"));
        // One worker renders the build's first PDF alone, then all --jobs workers go on: every class and method
        // of the renderer is cold at first, and two cold renders side by side each pay for that (a one-article
        // edit, 2 layouts, 2 cores: 1.06 s for both at once, against 0.83 s + 0.15 s one after the other).
        ThreadPoolExecutor renderers = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Threads.daemons("render"));
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
            order.sort(Comparator.comparing(p -> !p.needsRendering()));
            Map<ArticlePlan, CompletableFuture<Optional<PreparedArticle>>> preparations = new IdentityHashMap<>();
            List<CompletableFuture<Void>> renders = new ArrayList<>();
            for (ArticlePlan plan : order) {
                CompletableFuture<Optional<PreparedArticle>> inputs = CompletableFuture.supplyAsync(() -> {
                    long began = System.nanoTime();
                    Optional<PreparedArticle> made = preparer.prepare(plan);
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
                for (ArticlePlan.Output output : plan.outputs()) {
                    if (output.fresh()) {
                        continue;
                    }
                    renders.add(inputs.thenAcceptAsync(made -> {
                        try {
                            made.ifPresent(ready -> {
                                if (!render(ready, output) && renderFailures.getAndIncrement() == 0) {
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
            CompletableFuture<List<PreparedArticle>> all = CompletableFuture
                    .allOf(preparations.values().toArray(CompletableFuture[]::new))
                    .thenApply(done -> plans.stream().filter(preparations::containsKey).map(p -> preparations.get(p).join())
                            .flatMap(Optional::stream).toList());
            CompletableFuture<Void> library = booklets == null ? CompletableFuture.completedFuture(null)
                    : all.thenAcceptAsync(booklets, Threads.ownThread("booklets"));
            CompletableFuture.allOf(renders.toArray(CompletableFuture[]::new)).join();
            library.join();
            return booklets == null ? List.of() : all.join();
        } finally {
            preparers.shutdownNow();
            renderers.shutdownNow();
        }
    }

    /** Renders one PDF; false (with its error reported) when it could not be written. */
    private boolean render(PreparedArticle inputs, ArticlePlan.Output output) {
        Article article = inputs.article();
        long began = System.nanoTime();
        try {
            setup.get().renderer().write(inputs, output.layout(), output.target());
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
}
