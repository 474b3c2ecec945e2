package org.handouts.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.pipeline.Build;
import org.handouts.config.BuildOptions;
import org.handouts.pipeline.BuildResult;

/**
 * A small, real project in a temporary folder: the repository's own layouts, fonts and logo, a
 * handouts.yml, and whatever articles a test writes. Tests build it with the real pipeline.
 */
public final class FixtureProject {

    /** The repository checkout (Maven runs tests from the project folder). */
    public static final Path REPO = Path.of("").toAbsolutePath();
    /** The built-in layouts and fonts, as the sources hold them. */
    public static final Path BUILT_IN = REPO.resolve("src/main/resources/org/handouts/builtin");
    public static final Path LAYOUTS = BUILT_IN.resolve("layouts");
    public static final Path FONTS = BUILT_IN.resolve("fonts");

    public static final String DEFAULT_CONFIG = """
            title: "Test Booklet"
            language: en
            paper: letter
            layouts: [handout]
            brand:
              clinicName: "Test Clinic"
              logo: brand/logo.svg
              primaryColor: "#1F5C99"
              phone: "(555) 010-0100"
              website: "https://clinic.example"
              address: "1 Test Street"
              disclaimer: "General information only. Ask your care team about your own care."
            """;

    /** {@link #DEFAULT_CONFIG} building both built-in layouts, as most print tests want. */
    public static final String BOTH_LAYOUTS_CONFIG = DEFAULT_CONFIG.replace("layouts: [handout]", "layouts: [handout, large-print]");


    private final Path root;
    /** Whether builds may download: only for tests that serve their own pictures on 127.0.0.1. */
    private boolean online;

    private FixtureProject(Path root) {
        this.root = root;
    }

    /**
     * Lets this project's builds download pictures, for a test that serves them itself from a real HTTP server
     * on 127.0.0.1. Every other project builds offline, so no test touches the network even when it copies an
     * article whose picture is on a public server.
     */
    public FixtureProject serving() {
        online = true;
        return this;
    }

    /** A project with the shipped layouts, fonts and brand folder, the default config and no articles. */
    public static FixtureProject create(Path tempDir) {
        try {
            Path root = tempDir.resolve("project");
            copyTree(LAYOUTS, root.resolve("layouts"));
            copyTree(FONTS, root.resolve("fonts"));
            copyTree(REPO.resolve("brand"), root.resolve("brand"));
            Files.createDirectories(root.resolve("articles"));
            Files.writeString(root.resolve("handouts.yml"), DEFAULT_CONFIG);
            return new FixtureProject(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A project made from a library under src/test/resources/org/handouts/libraries/NAME (its handouts.yml,
     * articles and anything else), with the shipped layouts, fonts and brand folder added.
     */
    public static FixtureProject library(Path tempDir, String name) {
        FixtureProject project = create(tempDir);
        try {
            Files.delete(project.root.resolve("articles"));
            copyTree(REPO.resolve("src/test/resources/org/handouts/libraries").resolve(name), project.root);
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path articles() {
        return root.resolve("articles");
    }

    public Path out() {
        return root.resolve("out");
    }

    public FixtureProject config(String yaml) {
        return write("handouts.yml", yaml);
    }

    /** Writes {@code articles/NAME} (UTF-8). */
    public FixtureProject article(String name, String text) {
        return write("articles/" + name, text);
    }

    /** A minimal valid article with the given front matter lines added. */
    public FixtureProject simpleArticle(String slug, String title, String extraFrontMatter, String body) {
        return article(slug + ".md", "---\ntitle: \"" + title + "\"\nid: \"" + slug + "\"\ndescription: \"About " + title
                + ".\"\n" + extraFrontMatter + "---\n\n" + body + "\n");
    }

    /** Copies some of the repository's own articles (and their pictures folder): real, varied content. */
    public FixtureProject repoArticles(String... slugs) {
        try {
            copyTree(REPO.resolve("articles/images"), articles().resolve("images"));
            for (String slug : slugs) {
                Files.copy(REPO.resolve("articles").resolve(slug + ".md"), articles().resolve(slug + ".md"));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureProject write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureProject writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildOptions options() {
        return BuildOptions.defaults(root).withQuiet(true).withOffline(!online);
    }

    /** Runs a build and captures what it printed. */
    public Run build(BuildOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BuildResult result = new Build(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run();
        return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public Run build() {
        return build(options());
    }

    /** A build's result and its stdout and stderr. */
    public record Run(BuildResult result, String stdout, String stderr) {
        public List<String> stderrLines() {
            return stderr.lines().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
