package org.handouts.daemon;

import java.io.PrintWriter;
import java.util.List;

/** Runs one command line in the daemon, printing to the client's two streams (flushed when it returns); returns its exit code. */
@FunctionalInterface
public interface BuildRunner {
    int run(List<String> args, boolean terminal, PrintWriter out, PrintWriter err);
}
