package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {


    @Test
    void helpTeachesTheCommands() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("build"), top.out());
        CliRun build = CliRun.of("build", "--help");
        assertEquals(0, build.code());
        for (String option : new String[] {"--out", "--only-layout", "--offline", "--jobs", "--articles", "--layouts-folder", "--fonts", "--config", "Examples:"}) {
            assertTrue(build.out().contains(option), option);
        }
        // A default picocli cannot know (an option set through a method) is printed as "null".
        for (String command : new String[] {"build", "check", "serve", "init", "layouts", "cache"}) {
            CliRun help = CliRun.of(command, "--help");
            assertTrue(!help.out().matches("(?s).*\\bnull\\b.*"), command + ": " + help.out());
        }
    }

    @Test
    void theOldSpellingsOfTheLayoutOptionsStillWorkWithANote(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("a", "A", "", "Text");
        String root = project.root().toString();
        CliRun old = CliRun.of("build", "--articles", root + "/articles", "--layouts", root + "/layouts", "--fonts", root + "/fonts",
                "--config", root + "/handouts.yml", "--out", root + "/out", "--cache", root + "/cache", "--layout", "nope", "-q");
        assertEquals(2, old.code());
        assertTrue(old.err().contains("--layout NAME is deprecated") && old.err().contains("use --only-layout NAME"), old.err());
        assertTrue(old.err().contains("--layouts DIR is deprecated") && old.err().contains("use --layouts-folder DIR"), old.err());
        // The folder given with the old spelling was used: its layouts are the ones listed.
        assertTrue(old.err().contains("no layout named 'nope'") && old.err().contains("found: handout"), old.err());
        CliRun help = CliRun.of("build", "--help");
        assertTrue(!help.out().contains("--layout ") && !help.out().contains("--layouts "), help.out());
    }

    @Test
    void versionIsPrinted() {
        CliRun version = CliRun.of("build", "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("handouts "), version.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, CliRun.of("build", "--no-such-option").code());
    }

    @Test
    void unknownLayoutAndBadConfigurationExitWithTwo(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("a", "A", "", "Text");
        String root = project.root().toString();
        CliRun unknown = CliRun.of("build", "--articles", root + "/articles", "--layouts-folder", root + "/layouts", "--fonts", root + "/fonts",
                "--config", root + "/handouts.yml", "--out", root + "/out", "--only-layout", "nope", "-q");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no layout named 'nope'") && unknown.err().contains("found: handout"), unknown.err());

        project.config("title: T\npaper: legal\nbrand: {clinicName: C, phone: P, disclaimer: D}\n");
        CliRun bad = CliRun.of("build", "--articles", root + "/articles", "--layouts-folder", root + "/layouts", "--fonts", root + "/fonts",
                "--config", root + "/handouts.yml", "--out", root + "/out", "-q");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("handouts.yml:2:8: error: 'paper' must be 'letter' or 'a4'"), bad.err());
    }
}
