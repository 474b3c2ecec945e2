package org.handouts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import org.junit.jupiter.api.Test;

/**
 * The articles we ship are the examples new writers copy: each one we wrote passes {@code check} at the
 * default target with no warnings. The seed article stays as its author wrote it, and check says so.
 */
class ShippedArticlesCheckTest {

    @Test
    void everyArticleWeWrotePassesWithoutWarningsAndTheSeedIsFlagged() throws Exception {
        HandoutsConfig config = new ConfigReader().read(Path.of("handouts.yml"));
        List<CheckedArticle> results = new LibraryChecker(config.check(), LocalDate.of(2026, 11, 27))
                .check(Library.read(Path.of("articles")));
        assertTrue(results.size() >= 8, "at least 7 articles of our own plus the seed");
        for (CheckedArticle result : results) {
            String name = result.file().getFileName().toString();
            List<String> problems = result.findings().stream()
                    .filter(d -> d.severity() != Severity.NOTE).map(Diagnostic::formatWithRule).toList();
            if (name.equals("immunotherapy.md")) {
                List<String> rules = result.findings().stream().map(Diagnostic::rule).toList();
                assertTrue(rules.contains("readability-grade") && rules.contains("mis-decoded-text"), rules.toString());
                assertEquals(0, result.count(Severity.ERROR));
            } else {
                assertEquals(List.of(), problems, name);
                // English grades only for English articles; ShippedTranslationsTest holds the Spanish ones to INFLESZ.
                double grade = result.report().orElseThrow().fleschKincaidGrade();
                assertTrue(Double.isNaN(grade) ? result.file().startsWith(Path.of("articles", "es")) : grade <= 8.0, name);
            }
        }
    }
}
