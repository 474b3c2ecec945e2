package org.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way only (README, "How the code is organised"): read from the sources' imports and
 * qualified names, there is no cycle, and the readers and the model never reach up to a writer or the pipeline.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/handouts");
    private static final Pattern USE = Pattern.compile("\\borg\\.handouts\\.([a-z]\\w*)\\.");

    /** The low layers and what is above them, which they must never use. */
    private static final Map<String, Set<String>> NEVER = Map.ofEntries(
            Map.entry("diagnostics", Set.of("yaml", "article", "config", "i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("daemon", Set.of("diagnostics", "io", "json", "yaml", "article", "config", "i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("io", Set.of("diagnostics", "yaml", "article", "config", "i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("json", Set.of("diagnostics", "yaml", "article", "config", "i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("yaml", Set.of("article", "config", "i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("article", Set.of("config", "i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("config", Set.of("i18n", "images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("i18n", Set.of("images", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("images", Set.of("i18n", "check", "render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("render", Set.of("check", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("epub", Set.of("check", "site", "pipeline", "preview", "cli")),
            Map.entry("site", Set.of("check", "pipeline", "preview", "cli")),
            Map.entry("check", Set.of("render", "epub", "site", "pipeline", "preview", "cli")),
            Map.entry("pipeline", Set.of("preview", "cli")),
            Map.entry("preview", Set.of("cli")));

    @Test
    void noPackageReachesUpAndThereIsNoCycle() throws IOException {
        Map<String, Set<String>> uses = uses();
        List<String> upward = new ArrayList<>();
        uses.forEach((from, targets) -> targets.stream().filter(to -> NEVER.getOrDefault(from, Set.of()).contains(to))
                .forEach(to -> upward.add(from + " -> " + to)));
        assertEquals(List.of(), upward, "a package uses one above it: " + uses);
        for (String start : uses.keySet()) {
            assertTrue(!reaches(uses, start, start, new TreeSet<>()), "a cycle through " + start + ": " + uses);
        }
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(uses, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package (below org.handouts) -> the other org.handouts packages its sources name. */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file.getParent());
                if (relative.toString().isEmpty()) {
                    continue;
                }
                String from = relative.toString().replace('/', '.');
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
                Matcher m = USE.matcher(code);
                Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
