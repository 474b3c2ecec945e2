package org.handouts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.handouts.daemon.DaemonClient;
import org.handouts.daemon.DaemonFolder;
import org.handouts.daemon.DaemonKey;
import picocli.CommandLine;

/**
 * Entry point: {@code handouts <command>}. A {@code build} goes to this folder's build daemon first (see
 * {@link org.handouts.daemon}), and runs here when there is none to be had.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(viaDaemon(args).orElseGet(() -> run(args)));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    private static OptionalInt viaDaemon(String[] args) {
        if (!DaemonClient.wanted(args, System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("os.name", "").startsWith("Windows"))) {
            return OptionalInt.empty();
        }
        try {
            DaemonClient client = new DaemonClient(DaemonFolder.forThisUser(), DaemonKey.of(Path.of("").toAbsolutePath()),
                    DaemonMain.class.getName(), System.out, System.err);
            return client.build(List.of(args), isTerminal());
        } catch (IOException e) {
            System.err.println("handouts: note: could not use the build daemon (" + e.getMessage() + "); building in this process");
            return OptionalInt.empty();
        }
    }

    /**
     * The command line, printing to {@code System.out} and {@code System.err} until a caller (a test) gives
     * it writers of its own with {@code setOut} and {@code setErr}. Every command prints through its spec.
     */
    public static CommandLine commandLine() {
        return commandLine(isTerminal());
    }

    /** The command line, for output that is a terminal (progress lines redraw themselves) or not. */
    static CommandLine commandLine(boolean terminal) {
        return new CommandLine(new HandoutsCommand(terminal)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Runs {@code args} as this process would, printing to the given streams (the daemon's client's). */
    static int run(List<String> args, boolean terminal, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(terminal);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args.toArray(String[]::new));
    }

    /** Progress lines redraw themselves only on a terminal; never when the output goes to a file or a test. */
    static boolean isTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
