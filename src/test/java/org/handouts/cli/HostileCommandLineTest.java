package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that would do harm are refused with a clear message and exit 2; hostile articles are never "ready". */
class HostileCommandLineTest {

    private static String[] build(FixtureProject project, String... more) {
        String root = project.root().toString();
        String[] base = {"build", "--quiet", "--articles", root + "/articles", "--config", root + "/handouts.yml",
                "--layouts-folder", root + "/layouts", "--fonts", root + "/fonts", "--cache", root + "/cache"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void jobsBelowOneAreRefused(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        for (String jobs : new String[] {"0", "-1"}) {
            CliRun run = CliRun.of(build(project, "--out", project.out().toString(), "--jobs", jobs));
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("Invalid value for option '--jobs': " + jobs + " (give 1 or more"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertFalse(Files.exists(project.out()), "nothing was built");
    }

    @Test
    void anOutputFolderAmongTheArticlesIsRefused(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("rest", "Resting well", "", "Rest when you feel tired.");
        String articles = project.articles().toString();
        for (String out : new String[] {articles, articles + "/pdfs", project.root().toString()}) {
            CliRun run = CliRun.of(build(project, "--out", out));
            assertEquals(2, run.code(), out + ": " + run.err());
            assertTrue(run.err().contains(": error: --out "), run.err());
            assertTrue(run.err().contains("the articles folder; write the outputs to a folder of their own"), run.err());
        }
        try (var files = Files.walk(project.articles())) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".pdf")).count(), "no PDF among the articles");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void checkDoesNotCallAHostileArticleReady(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("plain", "Plain", "", "We can help you. Call us any day.");
        project.simpleArticle("deep", "Deep", "", ">".repeat(1000) + " We can help you.");
        project.simpleArticle("stars", "Stars", "", "*".repeat(2000) + "We can help you." + "*".repeat(2000));
        String root = project.root().toString();
        CliRun run = CliRun.of("check", "--articles", root + "/articles", "--config", root + "/handouts.yml");
        assertEquals(1, run.code(), run.out() + run.err());
        for (String slug : new String[] {"deep", "stars"}) {
            assertTrue(run.out().contains(slug + ".md:7:"), run.out());
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(slug + ".md") && l.endsWith("fix errors")), run.out());
            assertFalse(run.out().lines().anyMatch(l -> l.startsWith(slug + ".md") && l.endsWith("ready")), run.out());
        }
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("plain.md") && l.endsWith("ready")), run.out());
        assertFalse(run.err().contains("StackOverflow") || run.out().contains("StackOverflow"));
    }
}
