package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;

import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {


    private static String[] args(FixtureProject project, String... more) {
        String root = project.root().toString();
        String[] base = {"check", "--articles", root + "/articles", "--config", root + "/handouts.yml"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void printsFindingsWithRuleIdsThenATableAndExitsByTheRules(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("plain", "Plain", "", "We can help you. Call us any day.");
        project.simpleArticle("links", "Links", "", "To learn more, [click here](https://www.cancer.gov).");
        CliRun ok = CliRun.of(args(project));
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("links.md:7:16: warning: Link text \"click here\""), ok.out());
        assertTrue(ok.out().contains("[link-text]"), ok.out());
        assertTrue(ok.out().contains("article") && ok.out().contains("FK grade") && ok.out().contains("SMOG"), ok.out());
        assertTrue(ok.out().lines().anyMatch(l -> l.startsWith("plain.md") && l.endsWith("ready")), ok.out());
        assertTrue(ok.out().lines().anyMatch(l -> l.startsWith("links.md") && l.endsWith("revise")), ok.out());

        assertEquals(1, CliRun.of(args(project, "--strict")).code());

        project.article("broken.md", "---\nid: x\n---\nNo title anywhere.\n");
        assertEquals(1, CliRun.of(args(project)).code());
    }

    @Test
    void jsonHasTheDocumentedFields(@TempDir Path temp) throws Exception {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("plain", "Plain", "", "We can help you. Call us any day.");
        CliRun json = CliRun.of(args(project, "--format", "json"));
        assertEquals(0, json.code());
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals(8.0, report.get("targetGrade").asDouble());
        com.fasterxml.jackson.databind.JsonNode article = report.get("articles").get(0);
        assertTrue(article.get("file").asText().endsWith("plain.md"), json.out());
        assertEquals(8, article.get("words").asInt());
        assertEquals(2, article.get("sentences").asInt());
        for (String number : new String[] {"fleschKincaidGrade", "smogGrade", "fleschReadingEase", "longestSentenceWords"}) {
            assertTrue(article.get(number).isNumber(), number + " in " + json.out());
        }
        assertTrue(article.get("findings").isArray() && article.get("findings").isEmpty(), json.out());
        assertEquals("ready", article.get("verdict").asText());
    }

    @Test
    void namedArticlesOnlyAndBadConfiguration(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("one", "One", "", "We can help you.");
        project.simpleArticle("two", "Two", "", "[here](https://example.org)");
        CliRun one = CliRun.of(args(project, project.articles().resolve("one.md").toString()));
        assertEquals(0, one.code());
        assertTrue(!one.out().contains("two.md"), one.out());

        project.config(FixtureProject.DEFAULT_CONFIG + "check:\n  targetGrade: hard\n");
        CliRun bad = CliRun.of(args(project));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'check.targetGrade' must be a number, not 'hard'"), bad.err());
    }

    @Test
    void aFolderedLibraryIsCheckedWholeAndItsTableNamesEachArticleByItsPath(@TempDir Path temp) {
        FixtureProject project = FixtureProject.library(temp, "foldered");
        CliRun run = CliRun.of(args(project));
        assertEquals(0, run.code(), run.err() + run.out());
        for (String path : List.of("welcome.md", "managing-symptoms/tremor.md", "managing-symptoms/sleep.md", "daily-life/driving.md",
                "es/dormir.md")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(path + " ")), path + " in the table:\n" + run.out());
        }
        assertFalse(run.out().contains("footer.md"), "_partials/ is skipped by check as by build");
        assertFalse(run.out().contains("front-matter"), run.out());
    }
}
