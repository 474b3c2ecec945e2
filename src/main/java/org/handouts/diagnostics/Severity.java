package org.handouts.diagnostics;

/** How bad a diagnostic is. Errors stop one article from building; warnings and notes never do. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
