package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --no-site}: the handouts without the web edition, and an earlier web edition left alone. */
class NoSiteOptionTest {

    private static CliRun build(FixtureProject project, String out, String... more) {
        String root = project.root().toString();
        String[] args = {"build", "--articles", root + "/articles", "--config", root + "/handouts.yml", "--out", root + "/" + out,
            "--cache", root + "/cache", "--offline", "--no-epub", "--no-booklet-pdf", "-q"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void theWebEditionIsNeitherWrittenNorRemoved(@TempDir Path temp) throws IOException {
        FixtureProject project = FixtureProject.create(temp).simpleArticle("rest", "Resting well", "", "Rest when you can.");
        assertEquals(0, build(project, "out").code());
        Path index = project.root().resolve("out/site/index.html");
        assertTrue(Files.isRegularFile(index), "a default build writes the web edition");
        Files.setLastModifiedTime(index, FileTime.fromMillis(1_000_000_000_000L));

        Path article = project.articles().resolve("rest.md");
        Files.writeString(article, Files.readString(article) + "\nDrink water through the day.\n");
        CliRun without = build(project, "out", "--no-site");
        assertEquals(0, without.code(), without.err());
        assertTrue(Pdfs.text(project.root().resolve("out/pdf/handout/rest.pdf")).contains("Drink water through the day."));
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(index).toMillis(), "the earlier web edition is left as it was");

        assertEquals(0, build(project, "fresh", "--no-site").code());
        assertTrue(Files.isRegularFile(project.root().resolve("fresh/pdf/handout/rest.pdf")));
        assertFalse(Files.exists(project.root().resolve("fresh/site")), "no web edition at all");

        assertTrue(CliRun.of("build", "--help").out().contains("--no-site"));
    }
}
