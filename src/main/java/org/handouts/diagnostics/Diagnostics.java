package org.handouts.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** A thread-safe sink for diagnostics that also forwards each one as it arrives (to stderr, in the CLI). */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private final Consumer<Diagnostic> listener;

    public Diagnostics(Consumer<Diagnostic> listener) {
        this.listener = listener;
    }

    public synchronized void report(Diagnostic diagnostic) {
        all.add(diagnostic);
        listener.accept(diagnostic);
    }

    public void reportAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::report);
    }

    public synchronized List<Diagnostic> all() {
        return Collections.unmodifiableList(new ArrayList<>(all));
    }

    public synchronized long count(Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }
}
