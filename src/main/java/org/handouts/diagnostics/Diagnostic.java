package org.handouts.diagnostics;

import java.nio.file.Path;

/**
 * One message for the user, pinned to a place in a file, printed as
 * {@code path:line:col: severity: message} so editors and CI logs can jump to it.
 * Line and column are 1-based; 0 means "the whole file".
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message, String rule) {

    /** A diagnostic without a rule id. */
    public Diagnostic(Path file, int line, int column, Severity severity, String message) {
        this(file, line, column, severity, message, "");
    }

    public Diagnostic {
        rule = rule == null ? "" : rule;
    }

    /**
     * The same diagnostic tagged with the id of the check that found it (such as {@code mis-decoded-text}),
     * which {@code handouts check} prints and {@code handouts.yml} can switch off.
     */
    public Diagnostic withRule(String ruleId) {
        return new Diagnostic(file, line, column, severity, message, ruleId);
    }

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    public static Diagnostic note(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.NOTE, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form users see on stderr. */
    public String format() {
        StringBuilder out = new StringBuilder(file == null ? "handouts" : displayPath(file));
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    /** Paths under the current folder are shown relative to it, which is what users typed. */
    public static String displayPath(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** The one-line form with the rule id at the end: {@code path:line:col: warning: message [rule-id]}. */
    public String formatWithRule() {
        return rule.isEmpty() ? format() : format() + " [" + rule + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
