package org.handouts.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.handouts.diagnostics.Diagnostic;

/**
 * What a build did. {@code exitCode}: 0 every article built (warnings allowed), 1 some article failed,
 * 2 the build could not start (configuration or usage).
 */
public record BuildResult(int exitCode, int articles, int failedArticles, List<Path> written,
                          List<Diagnostic> diagnostics, Duration elapsed, List<Path> upToDate, List<Path> removed) {
    public BuildResult {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
        upToDate = List.copyOf(upToDate);
        removed = List.copyOf(removed);
    }

    /** {@code written}: files rendered by this build; {@code upToDate}: files kept because nothing they are made from changed. */
    public BuildResult(int exitCode, int articles, int failedArticles, List<Path> written,
                       List<Diagnostic> diagnostics, Duration elapsed) {
        this(exitCode, articles, failedArticles, written, diagnostics, elapsed, List.of(), List.of());
    }

    public long count(org.handouts.diagnostics.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
