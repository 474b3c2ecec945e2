package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts are shared and downloaded data: one that tries to run a program, reach Java, or recurse without
 * end fails with a located template error, and the other layouts and the booklets are still made.
 */
class HostileLayoutBuildTest {

    private static final String CONFIG = FixtureProject.DEFAULT_CONFIG.replace("layouts: [handout]", "layouts: [handout, evil]");

    private FixtureProject.Run buildWithEvilLayout(Path temp, String template) throws Exception {
        FixtureProject project = FixtureProject.create(temp);
        project.config(CONFIG);
        project.write("layouts/evil/article.ftlx", template);
        project.simpleArticle("rest", "Resting well", "tags: [sleep]\n", "Rest when you feel tired.");
        project.simpleArticle("walk", "Walking", "tags: [moving]\n", "Short walks help.");
        FixtureProject.Run run = project.build();
        for (String slug : List.of("rest", "walk")) {
            assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/" + slug + ".pdf")), run.stderr());
            assertFalse(Files.exists(project.out().resolve("pdf/evil/" + slug + ".pdf")), slug);
        }
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.pdf")), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.epub")), run.stderr());
        assertEquals(1, run.result().exitCode(), run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertFalse(Pdfs.text(project.out().resolve("booklet.pdf")).contains("uid="));
        return run;
    }

    private static List<String> templateErrors(FixtureProject.Run run) {
        return run.stderrLines().stream().filter(l -> l.contains("layouts/evil/article.ftlx:")).toList();
    }

    @Test
    void executeIsRefusedWithTheTemplatesLineAndColumn(@TempDir Path temp) throws Exception {
        FixtureProject.Run run = buildWithEvilLayout(temp,
                "<html><body>\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n</body></html>\n");
        List<String> errors = templateErrors(run);
        assertEquals(2, errors.size(), run.stderr());
        for (String error : errors) {
            assertTrue(error.matches(".*layouts/evil/article\\.ftlx:2:1: error: .*Instantiating freemarker\\.template\\.utility\\.Execute"
                    + " is not allowed in the template for security reasons.*\\(while rendering .*articles/(rest|walk)\\.md\\)"), error);
        }
    }

    @Test
    void apiIsRefused(@TempDir Path temp) throws Exception {
        FixtureProject.Run run = buildWithEvilLayout(temp, "<html><body>${article?api.getClass()}</body></html>\n");
        List<String> errors = templateErrors(run);
        assertEquals(2, errors.size(), run.stderr());
        assertTrue(errors.get(0).contains(".ftlx:1:"), errors.get(0));
        assertTrue(errors.get(0).contains("api_builtin_enabled"), errors.get(0));
    }

    @Test
    void aMacroThatCallsItselfForeverFailsOnlyItsLayout(@TempDir Path temp) throws Exception {
        FixtureProject.Run run = buildWithEvilLayout(temp,
                "<#macro again n><@again n + 1/></#macro>\n<html><body><@again 0/></body></html>\n");
        List<String> errors = templateErrors(run);
        assertEquals(2, errors.size(), run.stderr());
        assertTrue(errors.get(0).contains(".ftlx:1:1: error: the template calls itself too deeply"), errors.get(0));
    }

    @Test
    void aSyntaxErrorKeepsItsWholeReasonAndPlace(@TempDir Path temp) throws Exception {
        FixtureProject.Run run = buildWithEvilLayout(temp, "<html><body>\n<#if article.title>\n</body></html>\n");
        List<String> errors = templateErrors(run);
        assertFalse(errors.isEmpty(), run.stderr());
        assertTrue(errors.get(0).matches(".*article\\.ftlx:\\d+:\\d+: error: .*unclosed #if.*"), errors.get(0));
        assertTrue(errors.get(0).contains("end-tags must have # or @ after the / character"), "not cut off: " + errors.get(0));
    }
}
