package org.handouts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the real command line in-process and captures what it printed, as a user would see it. Output goes
 * through the command line's own writers ({@code setOut}, {@code setErr}), so no global stream is swapped
 * and test classes may run side by side.
 */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        // Buffered like picocli's own writers on System.out, and not flushed here: what a command forgets to
        // flush is lost when the program exits, so it is missing in the test too.
        commandLine.setOut(new PrintWriter(new java.io.BufferedWriter(out), true));
        commandLine.setErr(new PrintWriter(new java.io.BufferedWriter(err), true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
