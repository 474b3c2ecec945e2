package org.handouts.cli;

import picocli.CommandLine;

/** Entry point: {@code handouts <command>}. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new HandoutsCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
