package org.handouts.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.handouts.diagnostics.Severity;
import org.handouts.pipeline.Build;
import org.handouts.config.BuildOptions;
import org.handouts.pipeline.BuildResult;
import org.handouts.site.SiteWriter;

/**
 * The preview's loop: build, serve, wait for a change, build again. A build that fails keeps the server
 * up and the last good pages in place (every output is replaced only by a complete new one); its errors
 * are shown on every page until a build succeeds.
 */
public final class Preview implements AutoCloseable {

    private final BuildOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicReference<BuildStatus> status = new AtomicReference<>(new BuildStatus(0, List.of()));
    private final PreviewServer server;
    private final ChangeWatcher watcher;

    /** Builds once, then starts serving {@code out/site} at {@code host:port} (port 0: any free one). */
    public Preview(BuildOptions options, String host, int port, PrintStream out, PrintStream err) throws IOException {
        this.options = options;
        this.out = out;
        this.err = err;
        build();
        server = new PreviewServer(host, port, options.out().resolve(SiteWriter.FOLDER), status::get);
        watcher = new ChangeWatcher(List.of(options.articles(), options.layouts(), options.fonts()), List.of(options.config()));
    }

    /** Where the preview is, e.g. http://127.0.0.1:8000/. */
    public String address() {
        return server.address();
    }

    /** Rebuilds after each change until the watcher is closed or the thread interrupted. */
    public void watch() {
        try {
            while (watcher.awaitChange()) {
                out.println("Changed: building again...");
                build();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void build() {
        BuildResult result;
        try {
            result = new Build(options, out, err).run();
        } catch (RuntimeException | StackOverflowError e) {
            // Nothing a writer types may take the preview down.
            status.set(new BuildStatus(status.get().version() + 1, List.of("the build stopped: " + e)));
            err.println("handouts serve: the build stopped: " + e);
            return;
        }
        List<String> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(d -> d.format()).toList();
        status.set(new BuildStatus(status.get().version() + 1, errors));
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }

    /** For tests: the folder served. */
    Path folder() {
        return options.out().resolve(SiteWriter.FOLDER);
    }
}
