package org.handouts.check;

import org.handouts.config.CheckOptions;

import org.handouts.article.MarkdownBody;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Helpers for rule tests: run one rule over a Markdown snippet and check where it fired. */
final class Fixtures {

    private Fixtures() {
    }

    static List<Finding> run(Rule rule, String body) {
        return run(rule, body, CheckOptions.DEFAULTS);
    }

    static List<Finding> run(Rule rule, String body, CheckOptions settings) {
        return rule.check(CheckContext.of(MarkdownBody.parse(body, 1), settings));
    }

    static void assertFinding(Finding finding, String ruleId, int line, int column) {
        assertEquals(ruleId, finding.ruleId(), finding::toString);
        assertEquals(line, finding.line(), finding::toString);
        assertEquals(column, finding.column(), finding::toString);
    }
}
