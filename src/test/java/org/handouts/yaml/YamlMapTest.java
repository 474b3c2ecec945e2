package org.handouts.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

/** YAML as nodes with their lines, read directly (the article and configuration readers build on this). */
class YamlMapTest {

    private static final Path FILE = Path.of("handouts.yml");

    private static YamlMap map(String yaml, int lineOffset) {
        YamlMap.Parsed parsed = YamlMap.parse(yaml, FILE, lineOffset);
        assertEquals(List.of(), parsed.diagnostics());
        return parsed.map().orElseThrow();
    }

    @Test
    void entriesKnowWhereTheyAreWrittenWithTheOffsetOfTheirFile() {
        YamlMap map = map("title: A\nbrand:\n  phone: \"555\"\ntags: [a, b]\n", 1);
        YamlMap.Entry title = map.get("title").orElseThrow();
        assertEquals(2, title.line());
        assertEquals(8, title.column());
        assertEquals(2, title.keyLine());
        assertEquals(1, title.keyColumn());
        YamlMap.Entry phone = map.get("brand").orElseThrow().asMap().get("phone").orElseThrow();
        assertEquals(4, phone.line());
        assertEquals(10, phone.column());
        assertEquals("555", phone.text());
        YamlMap.Entry tags = map.get("tags").orElseThrow();
        assertTrue(tags.isList() && !tags.isScalar() && !tags.isMap());
        assertEquals(List.of("a", "b"), tags.items().stream().map(YamlMap.Entry::text).toList());
        assertEquals(Optional.empty(), map.get("missing"));
    }

    @Test
    void theTypedTextGetterStripsAndRefusesListsAndGroups() {
        YamlMap map = map("a: \"  padded  \"\nb: ''\nc: [x]\nd: {e: 1}\nn: ~\n", 0);
        List<Diagnostic> problems = new ArrayList<>();
        assertEquals(Optional.of("padded"), map.text("a", problems));
        assertEquals(Optional.empty(), map.text("b", problems));
        assertEquals(Optional.empty(), map.text("n", problems), "a YAML null is no text");
        assertEquals(Optional.empty(), map.text("missing", problems));
        assertEquals(List.of(), problems);
        assertEquals(Optional.empty(), map.text("c", problems));
        assertEquals(Optional.empty(), map.text("d", problems));
        assertEquals(List.of("handouts.yml:3:4: error: 'c' must be a single line of text, not a list",
                "handouts.yml:4:4: error: 'd' must be a single line of text, not a group of keys"),
                problems.stream().map(Diagnostic::format).toList());
    }

    @Test
    void brokenYamlIsALocatedErrorNeverAnException() {
        assertEquals(List.of("handouts.yml:2:1: error: key 'a' is given twice (first on line 1)"),
                YamlMap.parse("a: 1\na: 2\n", FILE, 0).diagnostics().stream().map(Diagnostic::format).toList());
        YamlMap.Parsed list = YamlMap.parse("- a\n- b\n", FILE, 0);
        assertTrue(list.map().isEmpty());
        assertTrue(list.diagnostics().get(0).format().startsWith("handouts.yml:1:1: error: expected 'key: value' lines"),
                list.diagnostics().toString());
        YamlMap.Parsed bad = YamlMap.parse("a: [1, 2\n", FILE, 3);
        assertTrue(bad.map().isEmpty());
        assertTrue(bad.diagnostics().get(0).format().contains("error: invalid YAML"), bad.diagnostics().toString());
        assertTrue(bad.diagnostics().get(0).line() > 3, "lines count from the file's offset");
        YamlMap.Parsed keys = YamlMap.parse("[a, b]: 1\nok: 2\n", FILE, 0);
        assertEquals(List.of("handouts.yml:1:1: error: a key must be a plain word such as 'title', not a list"),
                keys.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(Optional.empty(), YamlMap.parse("", FILE, 0).map());
    }

    @Test
    void didYouMeanSuggestsOnlyCloseNames() {
        List<String> known = List.of("paper", "title", "layouts");
        assertEquals(Optional.of("paper"), DidYouMean.suggest("papper", known));
        assertEquals(Optional.of("layouts"), DidYouMean.suggest("Layout", known));
        assertEquals(Optional.empty(), DidYouMean.suggest("colour", known));
        assertEquals(" (did you mean 'paper'?)", DidYouMean.hint("papr", known));
        assertEquals("", DidYouMean.hint("zzz", known));
    }
}
