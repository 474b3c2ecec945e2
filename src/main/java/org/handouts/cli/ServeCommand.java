package org.handouts.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.handouts.preview.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Builds, then shows the web edition (out/site) in your browser while you write.",
            "",
            "Open the address it prints. Every time you save an article, a picture, a",
            "layout or handouts.yml, it builds again (only what changed) and open pages",
            "reload by themselves. A build error is shown at the top of the page, with",
            "its path:line:col; the last good pages stay until it is fixed.",
            "",
            "It listens on this computer only (127.0.0.1) unless --host says otherwise.",
            "Press Ctrl-C to stop.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts serve                       build and preview on http://127.0.0.1:8000/",
            "  handouts serve --port 8080           another port",
            "  handouts serve --no-booklet-pdf      quicker rebuilds while writing",
            "",
            "Takes every option of 'handouts build' too."
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    BuildCommand build;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8000")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only;"
            + " 0.0.0.0 lets other computers of your network see it).", defaultValue = "127.0.0.1")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Preview preview = new Preview(build.options(spec), host, port, System.out, System.err)) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    preview.close();
                } catch (IOException e) {
                    // Stopping anyway.
                }
                main.interrupt();
            }));
            spec.commandLine().getOut().println("Previewing at " + preview.address() + "  (Ctrl-C stops)");
            spec.commandLine().getOut().flush();
            preview.watch();
            return 0;
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("handouts serve: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): is another preview running? Try --port 0 or another number.");
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("handouts serve: " + e.getMessage());
            return 2;
        }
    }
}
