package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handouts.Version;
import org.handouts.article.Article;
import org.handouts.article.ArticleReader;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.io.AtomicWrite;
import org.handouts.render.Layout;

/**
 * Collects what a build did and writes {@code out/report.json}: for each article its outputs (path,
 * layout, status, bytes, render time), its warnings and errors and its preparation time; the library-wide
 * outputs; and the build's timings by stage. The fields are documented in the README, "Performance".
 * Thread-safe: workers add to it concurrently.
 */
final class BuildReport {
    static final String FILE_NAME = "report.json";

    private record Output(Path path, String layout, String status, long renderMs) { }

    private final Instant startedAt = Instant.now();
    private final Map<String, Long> stages = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<Output>> outputs = new ConcurrentHashMap<>();
    private final Map<String, Long> prepareMs = new ConcurrentHashMap<>();
    private final List<Output> libraryOutputs = Collections.synchronizedList(new ArrayList<>());

    /** A sequential stage that began at {@code startNanos} and ends now. */
    void stage(String name, long startNanos) {
        stages.merge(name, (System.nanoTime() - startNanos) / 1_000_000, Long::sum);
    }

    void prepared(Article article, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        prepareMs.put(article.slug(), ms);
        stages.merge("prepare (sum over workers)", ms, Long::sum);
    }

    void output(Article article, Layout layout, Path path, String status, long renderMs) {
        outputs.computeIfAbsent(article.slug(), k -> Collections.synchronizedList(new ArrayList<>()))
                .add(new Output(path, layout.name(), status, renderMs));
        if (!status.equals("up to date")) {
            stages.merge("render (sum over workers)", renderMs, Long::sum);
        }
    }

    void libraryOutput(Path path, String status) {
        libraryOutputs.add(new Output(path, "", status, 0));
    }

    void write(BuildOptions options, BuildResult result, Library library, List<Path> markdown) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "handouts");
        root.put("version", Version.get());
        root.put("commit", Version.commit());
        root.put("codeFingerprint", org.handouts.ToolFingerprint.get());
        root.put("startedAt", startedAt.toString());
        root.put("jobs", options.jobs());
        root.put("force", options.force());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("articles", result.articles());
        summary.put("failedArticles", result.failedArticles());
        summary.put("rendered", result.written().size());
        summary.put("upToDate", result.upToDate().size());
        summary.put("removed", result.removed().stream().map(BuildReport::display).toList());
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("errors", result.count(Severity.ERROR));
        root.put("summary", summary);
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("totalMs", result.elapsed().toMillis());
        synchronized (stages) {
            timings.put("stagesMs", new LinkedHashMap<>(stages));
        }
        root.put("timings", timings);

        Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.file() != null) {
                byFile.computeIfAbsent(d.file().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Article> built = new LinkedHashMap<>();
        library.articles().forEach(a -> built.put(a.slug(), a));
        List<Object> articles = new ArrayList<>();
        for (Path file : markdown) {
            String slug = ArticleReader.slugOf(options.articles(), file);
            List<Diagnostic> found = byFile.getOrDefault(file.toAbsolutePath().normalize(), List.of());
            List<Output> made = outputs.getOrDefault(slug, List.of());
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("slug", slug);
            article.put("source", display(file));
            boolean failed = !built.containsKey(slug) || found.stream().anyMatch(Diagnostic::isError)
                    || made.stream().anyMatch(o -> o.status().equals("failed"));
            article.put("status", library.drafts().contains(file) ? "draft" : failed ? "failed"
                    : made.stream().anyMatch(o -> o.status().equals("rendered")) ? "rendered" : "up to date");
            article.put("prepareMs", prepareMs.getOrDefault(slug, 0L));
            List<Object> files = new ArrayList<>();
            synchronized (made) {
                for (Output o : made) {
                    files.add(describe(o));
                }
            }
            article.put("outputs", files);
            article.put("warnings", found.stream().filter(d -> d.severity() == Severity.WARNING).map(Diagnostic::format).toList());
            article.put("errors", found.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
            articles.add(article);
        }
        root.put("articles", articles);
        synchronized (libraryOutputs) {
            root.put("libraryOutputs", libraryOutputs.stream().map(BuildReport::describe).toList());
        }
        try {
            AtomicWrite.write(options.out().resolve(FILE_NAME), org.handouts.json.Json.write(root).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The report is a convenience; the build's own result does not depend on it.
            System.err.println(Diagnostic.warning(options.out().resolve(FILE_NAME), 0, 0, "could not write the build report: " + e.getMessage()).format());
        }
    }

    private static Map<String, Object> describe(Output o) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", display(o.path()));
        if (!o.layout().isEmpty()) {
            map.put("layout", o.layout());
        }
        map.put("status", o.status());
        long bytes;
        try {
            bytes = Files.isRegularFile(o.path()) ? Files.size(o.path()) : 0;
        } catch (IOException e) {
            bytes = 0;
        }
        map.put("bytes", bytes);
        map.put("renderMs", o.renderMs());
        return map;
    }

    private static String display(Path path) {
        return Diagnostic.displayPath(path).replace('\\', '/');
    }
}
