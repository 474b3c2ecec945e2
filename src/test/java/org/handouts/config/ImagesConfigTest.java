package org.handouts.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code images:} section of handouts.yml. */
class ImagesConfigTest {

    @TempDir
    Path temp;

    private HandoutsConfig read(String images, ConfigReader reader) throws IOException, ConfigException {
        Path file = temp.resolve("handouts.yml");
        Files.writeString(file, FixtureProject.DEFAULT_CONFIG.replace("  logo: brand/logo.svg\n", "") + images);
        return reader.read(file);
    }

    @Test
    void no_section_means_the_defaults() throws Exception {
        assertEquals(ImageSettings.DEFAULTS, read("", new ConfigReader()).images());
    }

    @Test
    void every_key_is_read() throws Exception {
        ImageSettings s = read("images:\n  connectTimeoutSeconds: 2\n  deadlineSeconds: 7.5\n  maxMegabytes: 4\n"
                + "  maxMegapixels: 30\n  maxWidth: 1200\n", new ConfigReader()).images();
        assertEquals(Duration.ofSeconds(2), s.connectTimeout());
        assertEquals(Duration.ofMillis(7500), s.deadline());
        assertEquals(4L * 1024 * 1024, s.maxBytes());
        assertEquals(30_000_000L, s.maxPixels());
        assertEquals(1200, s.maxWidth());
    }

    @Test
    void bad_values_are_errors_with_their_line() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> read("images:\n  deadlineSeconds: soon\n  maxMegabytes: 0\n", new ConfigReader()));
        String all = e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        assertTrue(all.contains("handouts.yml:13:20: error: 'images.deadlineSeconds' must be a number, not 'soon'"), all);
        assertTrue(all.contains("handouts.yml:14:17: error: 'images.maxMegabytes' must be between 0.1 and 500, not 0"), all);
    }

    @Test
    void unknown_keys_are_warnings_with_a_suggestion() throws Exception {
        ConfigReader reader = new ConfigReader();
        read("images:\n  deadlineSecond: 3\n", reader);
        String all = reader.warnings().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        assertTrue(all.contains("13:3: warning: unknown key 'images.deadlineSecond' is ignored") && all.contains("deadlineSeconds"), all);
    }
}
