package org.handouts.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;

/**
 * The test library in four languages (src/test/resources/org/handouts/i18n): "Washing Your Hands" in
 * English, its Spanish, Arabic and Chinese translations in folders of their own, and a handouts.yml with
 * the title, disclaimer and tag names given by language.
 */
public final class BilingualLibrary {
    public static final Path SOURCE = FixtureProject.REPO.resolve("src/test/resources/org/handouts/i18n");

    private BilingualLibrary() { }

    public static FixtureProject create(Path tempDir) {
        FixtureProject project = FixtureProject.create(tempDir);
        try {
            project.config(Files.readString(SOURCE.resolve("handouts.yml"), StandardCharsets.UTF_8));
            for (Path file : articles()) {
                project.article(SOURCE.resolve("library").relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** The sample articles, by path. */
    public static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE.resolve("library"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** A sample's body: what follows its front matter. */
    public static String body(String relative) throws IOException {
        String text = Files.readString(SOURCE.resolve("library").resolve(relative), StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }
}
