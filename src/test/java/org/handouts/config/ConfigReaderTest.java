package org.handouts.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handouts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("handouts.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private List<String> errors(String yaml) throws Exception {
        Path file = write(yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigReader().read(file));
        return e.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
    }

    @Test
    void readsTheShippedConfiguration() throws Exception {
        HandoutsConfig config = new ConfigReader().read(Path.of("handouts.yml"));
        assertEquals("Riverbend Breast Health Clinic", config.brand().clinicName());
        assertEquals(PaperSize.LETTER, config.paper());
        assertTrue(config.brand().logo().isPresent());
        assertTrue(config.layouts().contains("handout"));
    }

    @Test
    void missingBrandKeyIsNamedWithTheLineOfItsGroup() throws Exception {
        List<String> errors = errors("title: T\nbrand:\n  clinicName: C\n  disclaimer: D\n");
        assertEquals(List.of("3:3 missing required key 'brand.phone' under 'brand'"), errors);
    }

    @Test
    void invalidPaperIsAnErrorAtItsValue() throws Exception {
        List<String> errors = errors("title: T\npaper: legal\nbrand: {clinicName: C, phone: P, disclaimer: D}\n");
        assertEquals(List.of("2:8 'paper' must be 'letter' or 'a4', not 'legal'"), errors);
    }

    @Test
    void unquotedColourIsExplained() throws Exception {
        List<String> errors = errors("title: T\nbrand:\n  clinicName: C\n  phone: P\n  disclaimer: D\n  primaryColor: blue\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("6:17 'brand.primaryColor' must be a colour"), errors.toString());
    }

    @Test
    void missingTitleAndBrand() throws Exception {
        List<String> errors = errors("language: en\n");
        assertTrue(errors.contains("1:1 missing required key 'title'"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing required key 'brand'")), errors.toString());
    }

    @Test
    void unknownKeysAreWarningsWithSuggestions() throws Exception {
        Path file = write("title: T\npaperSize: a4\nbrand: {clinicName: C, phone: P, disclaimer: D, webite: x}\n");
        ConfigReader reader = new ConfigReader();
        HandoutsConfig config = reader.read(file);
        assertEquals(PaperSize.LETTER, config.paper());
        List<String> warnings = reader.warnings().stream().map(Diagnostic::message).toList();
        assertEquals(List.of("unknown key 'paperSize' is ignored (did you mean 'paper'?)",
                "unknown key 'brand.webite' is ignored (did you mean 'website'?)"), warnings);
    }

    @Test
    void brokenYamlGivesLineAndColumn() throws Exception {
        List<String> errors = errors("title: T\nbrand:\n  clinicName: C\n phone: P\n");
        assertTrue(errors.get(0).matches("\\d+:\\d+ invalid YAML.*"), errors.toString());
    }
}
