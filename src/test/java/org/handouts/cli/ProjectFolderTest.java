package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** handouts.yml is found like git finds its repository, and the folder defaults are beside it. */
class ProjectFolderTest {

    @Test
    void theNearestHandoutsYmlFromHereUpIsTheProject(@TempDir Path temp) throws IOException {
        Path outer = Files.createDirectories(temp.resolve("site"));
        Files.writeString(outer.resolve("handouts.yml"), "title: outer\n");
        Path deep = Files.createDirectories(outer.resolve("content/blog/2026"));
        ProjectFolder found = ProjectFolder.find(deep);
        assertTrue(found.found());
        assertEquals(outer.toAbsolutePath(), found.root());
        assertEquals(outer.resolve("handouts.yml").toAbsolutePath(), found.config());

        Path inner = Files.createDirectories(outer.resolve("content/clinic"));
        Files.writeString(inner.resolve("handouts.yml"), "title: inner\n");
        assertEquals(inner.toAbsolutePath(), ProjectFolder.find(inner.resolve("../clinic")).root());
    }

    @Test
    void withoutAnyTheStartingFolderIsTheProject(@TempDir Path temp) {
        // A temporary folder has no handouts.yml above it (unless the machine has one at the root).
        ProjectFolder none = ProjectFolder.find(temp);
        if (!Files.exists(Path.of("/handouts.yml")) && !Files.exists(temp.getParent().resolve("handouts.yml"))) {
            assertFalse(none.found());
            assertEquals(temp.toAbsolutePath(), none.root());
        }
    }

    @Test
    void defaultsAreBesideTheConfigAndTypedFoldersAsTyped(@TempDir Path temp) {
        Path config = temp.resolve("clinic/handouts.yml");
        BuildCommand command = new BuildCommand();
        CommandLine line = new CommandLine(command);
        line.parseArgs("--config", config.toString(), "--out", "preview");
        var options = command.options(command.spec);
        assertEquals(temp.resolve("clinic").toAbsolutePath(), command.project.folder(command.spec).root());
        assertEquals(temp.resolve("clinic/articles").toAbsolutePath(), options.articles());
        assertEquals(temp.resolve("clinic/.cache/handouts").toAbsolutePath(), options.cache());
        assertEquals(temp.resolve("clinic/layouts").toAbsolutePath(), options.layouts());
        assertEquals(Path.of("preview"), options.out(), "typed: relative to where the user is");
        assertEquals(config, options.config());
    }
}
