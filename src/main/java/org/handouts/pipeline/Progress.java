package org.handouts.pipeline;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a build shows while it renders. On a terminal: one bar redrawn in place
 * ({@code [#######-------] 12/40  out/pdf/handout/chemotherapy.pdf}). Otherwise (a pipe, a CI log): one plain
 * line per rendered file. With {@code --quiet}: nothing. Hand-written: a progress-bar library would bring
 * a terminal library (and its start-up cost) for one line of text.
 */
final class Progress {
    private static final int BAR = 28;

    private final PrintWriter out;
    private final boolean quiet;
    private final boolean terminal;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private int lastWidth;

    Progress(PrintWriter out, boolean quiet, boolean terminal, int total) {
        this.out = out;
        this.quiet = quiet;
        this.terminal = terminal;
        this.total = total;
    }

    void fileDone(String what, long millis) {
        int n = done.incrementAndGet();
        if (quiet || total == 0) {
            return;
        }
        synchronized (out) {
            if (terminal) {
                int filled = (int) ((long) BAR * n / total);
                String line = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + n + "/" + total + "  " + what;
                out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
                lastWidth = line.length();
                out.flush();
            } else {
                out.printf("[%d/%d] %s  %.1f s%n", n, total, what, millis / 1000.0);
            }
        }
    }

    /** Ends the bar's line so the summary starts on a fresh one. */
    void finish() {
        if (!quiet && terminal && lastWidth > 0) {
            synchronized (out) {
                out.println();
            }
        }
    }
}
