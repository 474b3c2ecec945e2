package org.handouts.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import org.handouts.io.AtomicWrite;

/**
 * Warnings found while preparing an article (a picture that could not be had, say) come from work an
 * up-to-date article does not redo. They are kept in {@code out/.handouts-warnings} and said again on
 * every build until the article is prepared again, so a handout missing its picture is never forgotten.
 */
final class PreparationWarnings {

    static final String FILE_NAME = ".handouts-warnings";

    private final Path file;
    private final Map<String, List<Diagnostic>> previous;
    private final Map<String, List<Diagnostic>> current = new TreeMap<>();

    private PreparationWarnings(Path file, Map<String, List<Diagnostic>> previous) {
        this.file = file;
        this.previous = previous;
    }

    static PreparationWarnings load(Path out) {
        Path file = out.resolve(FILE_NAME);
        Map<String, List<Diagnostic>> previous = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 7);
                if (f.length == 7) {
                    previous.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Diagnostic(Path.of(f[1]),
                            Integer.parseInt(f[2]), Integer.parseInt(f[3]), Severity.valueOf(f[4]), f[6], f[5]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // None kept yet, or unreadable: nothing to repeat.
        }
        return new PreparationWarnings(file, previous);
    }

    /** What preparing {@code slug} said in this build (replacing what it said before). */
    synchronized void prepared(String slug, List<Diagnostic> found) {
        current.put(slug, found.stream().filter(d -> !d.isError()).toList());
    }

    /** What {@code slug} said when it was last prepared; to be said again because it was not prepared now. */
    synchronized List<Diagnostic> carryOver(String slug) {
        if (current.containsKey(slug)) {
            return List.of();
        }
        List<Diagnostic> kept = previous.getOrDefault(slug, List.of());
        current.put(slug, kept);
        return kept;
    }

    synchronized void save() {
        StringBuilder text = new StringBuilder();
        current.forEach((slug, list) -> list.forEach(d -> text.append(slug).append('\t')
                .append(d.file() == null ? "" : d.file().toString()).append('\t')
                .append(d.line()).append('\t').append(d.column()).append('\t').append(d.severity().name()).append('\t')
                .append(d.rule()).append('\t').append(d.message().replace('\n', ' ').replace('\t', ' ')).append('\n')));
        try {
            AtomicWrite.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Only a memory of warnings: losing it loses no output.
        }
    }
}
