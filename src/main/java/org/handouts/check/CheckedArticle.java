package org.handouts.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;

/**
 * One article's review: its numbers (absent when it could not even be read) and every problem found, as
 * diagnostics with rule ids, in file order.
 */
public record CheckedArticle(Path file, Optional<ArticleReport> report, List<Diagnostic> findings) {

    public CheckedArticle {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }

    /** A word a writer understands at a glance. */
    public String verdict() {
        if (count(Severity.ERROR) > 0) {
            return "fix errors";
        }
        return count(Severity.WARNING) > 0 ? "revise" : "ready";
    }

    public boolean aboveGrade(double target) {
        return report.map(r -> r.fleschKincaidGrade() > target || r.smogGrade() > target).orElse(false);
    }
}
