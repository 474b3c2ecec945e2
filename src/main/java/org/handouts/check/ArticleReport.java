package org.handouts.check;

import org.handouts.diagnostics.Severity;

import java.util.List;

/** The result of checking one article: headline numbers plus every finding, in file order. */
public record ArticleReport(int words, int sentences, double fleschKincaidGrade, double smogGrade,
        double readingEase, int longestSentenceWords, int passiveCount, int jargonCount, List<Finding> findings) {

    public ArticleReport {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
