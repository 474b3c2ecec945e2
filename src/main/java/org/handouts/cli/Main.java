package org.handouts.cli;

import picocli.CommandLine;

/** Entry point: {@code handouts <command>}. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line, printing to {@code System.out} and {@code System.err} until a caller (a test) gives
     * it writers of its own with {@code setOut} and {@code setErr}. Every command prints through its spec.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new HandoutsCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Progress lines redraw themselves only on a terminal; never when the output goes to a file or a test. */
    static boolean isTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
