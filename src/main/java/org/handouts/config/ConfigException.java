package org.handouts.config;

import java.util.List;
import org.handouts.diagnostics.Diagnostic;

/** {@code handouts.yml} cannot be used; carries every problem found so the user can fix them in one go. */
public final class ConfigException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public ConfigException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid configuration" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
