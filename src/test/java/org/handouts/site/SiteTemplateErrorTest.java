package org.handouts.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's web-edition template that fails is named at its line, and the handouts are built all the same. */
class SiteTemplateErrorTest {

    @Test
    void aFailingPageTemplateIsReportedAtItsLineWhileEveryPdfIsBuilt(@TempDir Path temp) throws IOException {
        FixtureProject project = FixtureProject.create(temp)
                .simpleArticle("rest", "Rest", "tags: [tiredness]\n", "Rest when you feel tired.")
                .simpleArticle("water", "Water", "tags: [eating]\n", "Drink water through the day.");
        Path site = project.root().resolve("layouts/site"); // the fixture's copy of the built-in web edition
        // Line 2 of a topic page names something no model has: a runtime failure on every topic page at once.
        String topic = Files.readString(site.resolve("topic.ftlh"));
        int firstBreak = topic.indexOf('\n');
        Files.writeString(site.resolve("topic.ftlh"), topic.substring(0, firstBreak + 1) + "${nothing.here}\n" + topic.substring(firstBreak + 1));

        FixtureProject.Run run = project.build();
        assertTrue(run.stderr().contains("layouts/site/topic.ftlh:2:3: error: "), run.stderr());
        assertTrue(run.stderr().contains("(while making the web edition)"), run.stderr());
        assertEquals(1, run.stderr().lines().filter(line -> line.contains("topic.ftlh")).count(), "said once, not once per page: " + run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/rest.pdf")));
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/water.pdf")));
    }
}
