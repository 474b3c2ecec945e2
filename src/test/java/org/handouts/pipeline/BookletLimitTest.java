package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Above booklet.maxArticles the printed booklet is not made, with a warning; everything else still is. */
class BookletLimitTest {

    @Test
    void aLibraryLargerThanTheLimitGetsNoPrintedBookletButAWarning(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.config(FixtureProject.DEFAULT_CONFIG + "booklet:\n  maxArticles: 2\n");
        project.simpleArticle("a", "Alpha", "", "One.");
        project.simpleArticle("b", "Bravo", "", "Two.");
        project.simpleArticle("c", "Charlie", "", "Three.");
        FixtureProject.Run run = project.build(project.options().withEpub(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertFalse(Files.exists(project.out().resolve("booklet.pdf")));
        assertTrue(run.stderr().contains("booklet.pdf not made: 3 articles are more than one printed booklet holds (booklet.maxArticles: 2"),
                run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/c.pdf")));

        project.config(FixtureProject.DEFAULT_CONFIG + "booklet:\n  maxArticles: 3\n");
        FixtureProject.Run raised = project.build(project.options().withEpub(false));
        assertEquals(0, raised.result().exitCode(), raised.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.pdf")));
    }
}
