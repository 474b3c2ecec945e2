package org.handouts.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code booklet: {layout: NAME}} in handouts.yml. */
class BookletConfigTest {

    @TempDir
    Path temp;

    HandoutsConfig read(String extra, ConfigReader reader) throws IOException, ConfigException {
        Path file = temp.resolve("handouts.yml");
        Files.writeString(file, FixtureProject.DEFAULT_CONFIG.replace("  logo: brand/logo.svg\n", "") + extra);
        return reader.read(file);
    }

    @Test
    void theHandoutLayoutByDefault() throws Exception {
        assertEquals("handout", read("", new ConfigReader()).booklet().layout());
    }

    @Test
    void namesAnotherLayoutWithItsPlace() throws Exception {
        BookletSettings booklet = read("booklet:\n  layout: large-print\n", new ConfigReader()).booklet();
        assertEquals(new BookletSettings("large-print", 13, 11), booklet);
    }

    @Test
    void mustBeAGroupOfKeys() {
        ConfigException e = assertThrows(ConfigException.class, () -> read("booklet: large-print\n", new ConfigReader()));
        assertTrue(e.getMessage().contains(":12:") && e.getMessage().contains("'booklet' must be a group of keys"), e.getMessage());
    }

    @Test
    void aLayoutNameIsAFolderNameNotAPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> read("booklet:\n  layout: ../secret\n", new ConfigReader()));
        assertTrue(e.getMessage().contains("'booklet.layout' must be the name of a folder"), e.getMessage());
    }

    @Test
    void unknownKeysAreWarnedWithASuggestion() throws Exception {
        ConfigReader reader = new ConfigReader();
        read("booklet:\n  layot: large-print\n", reader);
        assertTrue(reader.warnings().toString().contains("unknown key 'booklet.layot'"), reader.warnings().toString());
        assertTrue(reader.warnings().toString().contains("'layout'"), reader.warnings().toString());
    }
}
