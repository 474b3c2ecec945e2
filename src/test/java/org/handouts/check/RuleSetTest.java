package org.handouts.check;

import org.handouts.config.CheckOptions;

import org.handouts.diagnostics.Severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    /** The sample article's body and the file line it starts on (after the front matter). */
    private static String body() throws IOException {
        try (InputStream in = RuleSetTest.class.getResourceAsStream("sample-article.md")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return file.substring(file.indexOf("---\n", 4) + 4);
        }
    }

    @Test
    void reportsStatsAndFindingsInFileOrder() throws IOException {
        ArticleReport report = RuleSet.standard().check(body(), 4, CheckOptions.DEFAULTS);
        assertEquals(List.of("jargon:5:52", "undefined-abbreviation:9:16", "passive-voice:9:35",
                        "heading-skip:11:1", "link-text:17:5", "image-alt:19:1"),
                report.findings().stream().map(f -> f.ruleId() + ":" + f.line() + ":" + f.column()).toList());
        assertEquals(9, report.sentences());
        assertEquals(1, report.passiveCount());
        assertEquals(1, report.jargonCount());
        assertEquals(report.words(), TextStats.of(ProseExtractor.extract(body(), 4).sentenceTexts()).words());
        assertEquals(7, report.longestSentenceWords());
        assertTrue(report.fleschKincaidGrade() < 8.0, "FK " + report.fleschKincaidGrade());
        assertTrue(report.readingEase() > 50, "FRE " + report.readingEase());
        assertEquals(4, report.count(Severity.WARNING));
        assertEquals(2, report.count(Severity.NOTE));
    }

    @Test
    void disabledRulesAreSkippedButCountsRemain() throws IOException {
        CheckOptions settings = CheckOptions.DEFAULTS.withDisabledRules(Set.of("jargon", "passive-voice", "image-alt"));
        ArticleReport report = RuleSet.standard().check(body(), 4, settings);
        assertTrue(report.findings().stream().noneMatch(f -> settings.disabledRules().contains(f.ruleId())));
        assertEquals(3, report.findings().size());
        assertEquals(1, report.passiveCount());
        assertEquals(1, report.jargonCount());
    }

    @Test
    void standardSetHasElevenRulesWithUniqueIds() {
        List<String> ids = RuleSet.standard().rules().stream().map(Rule::id).toList();
        assertEquals(List.of("readability-grade", "long-sentence", "long-paragraph", "jargon", "passive-voice",
                "undefined-abbreviation", "heading-skip", "link-text", "image-alt", "table-header",
                "invisible-character"), ids);
    }

    @Test
    void emptyBodyGivesAnEmptyReport() {
        ArticleReport report = RuleSet.standard().check("", 1, CheckOptions.DEFAULTS);
        assertEquals(0, report.words());
        assertEquals(0.0, report.fleschKincaidGrade());
        assertEquals(List.of(), report.findings());
    }
}
