package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handouts init} makes a project that builds at once with the built-in layouts and fonts, warns
 * about each placeholder until it is changed, and never overwrites a file.
 */
class InitCommandTest {

    static CliRun build(Path project, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--offline", "-q", "--config", project.resolve("handouts.yml").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aNewProjectBuildsRightAwayAndWarnsAboutEachPlaceholder(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("clinic");
        CliRun init = CliRun.of("init", project.toString());
        assertEquals(0, init.code(), init.err());
        for (String file : List.of("handouts.yml", ".gitignore", "articles/getting-ready-for-your-visit.md", "articles/images/winding-path.png")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
            assertTrue(init.out().contains("made       " + project.resolve(file)), init.out());
        }
        assertTrue(Files.readString(project.resolve(".gitignore")).contains("out/"));
        assertTrue(Files.readString(project.resolve(".gitignore")).contains(".cache/"));
        assertFalse(Files.exists(project.resolve("layouts")), "the layouts are built in");

        // --config only: articles/, out/ and the cache are beside it, not in the current folder.
        CliRun run = build(project);
        assertEquals(0, run.code(), run.err());
        List<String> warnings = run.err().lines().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(3, warnings.size(), run.err());
        assertTrue(warnings.get(0).matches(".*handouts\\.yml:\\d+:\\d+: warning: 'brand\\.clinicName' is still a placeholder.*"), run.err());
        assertTrue(warnings.get(1).contains("'brand.phone' is still a placeholder"), run.err());
        assertTrue(warnings.get(2).contains("'brand.disclaimer' is still a placeholder"), run.err());
        for (String layout : List.of("handout", "large-print")) {
            String text = Pdfs.text(project.resolve("out/pdf/" + layout + "/getting-ready-for-your-visit.pdf"));
            assertTrue(text.contains("Getting Ready for Your Visit"), text);
            assertTrue(text.contains("[Your clinic's name]"), text);
        }
        assertTrue(Files.isRegularFile(project.resolve("out/booklet.epub")));

        // Filled in, the warnings stop.
        String yml = Files.readString(project.resolve("handouts.yml"))
                .replace("\"[Your clinic's name]\"", "\"Hillside Clinic\"")
                .replace("\"[Your clinic's phone number]\"", "\"(555) 010-0199\"")
                .replaceAll("(?s)disclaimer: >-\\n.*\\]\\n", "disclaimer: \"General information only. Ask your care team about your own care.\"\n");
        Files.writeString(project.resolve("handouts.yml"), yml);
        CliRun again = build(project);
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err());
        assertTrue(Pdfs.text(project.resolve("out/pdf/handout/getting-ready-for-your-visit.pdf")).contains("Hillside Clinic"));
    }

    @Test
    void itNeverOverwritesAFileAndSaysWhichItLeftAlone(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("clinic");
        Files.createDirectories(project.resolve("articles"));
        Files.writeString(project.resolve("handouts.yml"), "title: mine\n");
        Files.writeString(project.resolve(".gitignore"), "secret/\n");
        CliRun init = CliRun.of("init", project.toString());
        assertEquals(0, init.code(), init.err());
        assertEquals("title: mine\n", Files.readString(project.resolve("handouts.yml")));
        assertEquals("secret/\n", Files.readString(project.resolve(".gitignore")));
        assertTrue(init.out().contains("left alone " + project.resolve("handouts.yml") + " (it is already there)"), init.out());
        assertTrue(init.out().contains("left alone " + project.resolve(".gitignore")), init.out());
        assertTrue(init.out().contains("made       " + project.resolve("articles/getting-ready-for-your-visit.md")), init.out());
        try (var leftovers = Files.walk(project)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingConfigurationPointsAtInit(@TempDir Path temp) {
        CliRun run = CliRun.of("build", "--config", temp.resolve("handouts.yml").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("'handouts init' makes a new project"), run.err());
    }
}
