package org.handouts.build;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** One line per written file on stdout ("[3/18] out/pdf/handout/chemotherapy.pdf  0.4 s"), unless quiet. */
final class Progress {
    private final PrintStream out;
    private final boolean quiet;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintStream out, boolean quiet, int total) {
        this.out = out;
        this.quiet = quiet;
        this.total = total;
    }

    void fileDone(String what, long millis) {
        int n = done.incrementAndGet();
        if (!quiet) {
            synchronized (out) {
                out.printf("[%d/%d] %s  %.1f s%n", n, total, what, millis / 1000.0);
            }
        }
    }
}
