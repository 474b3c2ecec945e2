package org.handouts.check;

import org.handouts.diagnostics.SourcePosition;

import org.handouts.diagnostics.Severity;

import java.util.Comparator;
import java.util.Objects;

/** One problem found in an article, at a 1-based line and column of the article file. */
public record Finding(int line, int column, Severity severity, String ruleId, String message) {

    /** Reading order, so reports follow the article from top to bottom. */
    public static final Comparator<Finding> IN_ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
    }

    public Finding(SourcePosition at, Severity severity, String ruleId, String message) {
        this(at.line(), at.column(), severity, ruleId, message);
    }

    /** The conventional "line:col: severity: [rule] message" form used by compilers and linters. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.name().toLowerCase() + ": [" + ruleId + "] " + message;
    }
}
