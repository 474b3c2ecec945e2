package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The set of articles in a folder, read in file-name order so that results (and which of two articles
 * sharing an id is the one in error) never depend on the file system's listing order.
 */
public record Library(Path folder, List<Article> articles, List<Diagnostic> diagnostics, int failed) {

    public Library {
        articles = List.copyOf(articles);
        diagnostics = List.copyOf(diagnostics);
    }

    public static Library read(Path folder) throws IOException {
        return read(folder, listMarkdown(folder));
    }

    public static Library read(Path folder, List<Path> files) {
        return read(folder, files, ArticleReader.DEFAULT_MAX_KILOBYTES);
    }

    /** As {@link #read(Path, List)}, refusing articles over {@code maxKilobytes} (limits.maxArticleKilobytes). */
    public static Library read(Path folder, List<Path> files, int maxKilobytes) {
        ArticleReader reader = new ArticleReader(maxKilobytes);
        Path realFolder = realPath(folder);
        List<Article> articles = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        Map<String, Article> bySlug = new HashMap<>();
        int failed = 0;
        // Files are parsed in parallel (ArticleReader keeps no state); ids are then checked in file order.
        List<ParsedArticle> parsedFiles = files.parallelStream()
                .map(file -> outsideFolder(realFolder, file).orElseGet(() -> reader.read(file))).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ParsedArticle parsed = parsedFiles.get(i);
            diagnostics.addAll(parsed.diagnostics());
            if (parsed.article().isEmpty()) {
                failed++;
                continue;
            }
            Article article = parsed.article().get();
            // Translations share their original's id: an id is unique per language (an article without 'lang' is in
            // the library's default language).
            Article first = byId.putIfAbsent(article.id() + "\n" + article.lang().orElse("").toLowerCase(java.util.Locale.ROOT), article);
            Article sameSlug = bySlug.putIfAbsent(article.slug(), article);
            if (first == null && sameSlug != null) {
                diagnostics.add(Diagnostic.error(file, 1, 1, "another article is also named '" + article.slug() + ".md' ("
                        + Diagnostic.displayPath(sameSlug.file()) + "); their outputs would overwrite each other: rename one,"
                        + " for example '" + article.slug() + "-" + article.lang().orElse("2") + ".md'").withRule(Rules.DUPLICATE_ID));
                failed++;
                continue;
            }
            if (first != null) {
                diagnostics.add(Diagnostic.error(file, article.idAt().line(), article.idAt().column(),
                        "id '" + article.id() + "' is already used by " + Diagnostic.displayPath(first.file())
                                + "; every article needs its own id").withRule(Rules.DUPLICATE_ID));
                diagnostics.add(Diagnostic.note(first.file(), first.idAt().line(), first.idAt().column(),
                        "id '" + article.id() + "' first used here").withRule(Rules.DUPLICATE_ID));
                failed++;
                continue;
            }
            articles.add(article);
        }
        return new Library(folder, articles, diagnostics, failed);
    }

    /**
     * A link to a file elsewhere (say {@code ln -s ~/.ssh/notes.md articles/}) would publish that file; like a
     * picture outside the folder, it is refused.
     */
    private static Optional<ParsedArticle> outsideFolder(Path realFolder, Path file) {
        Path real = realPath(file);
        if (realFolder == null || real == null || real.startsWith(realFolder)) {
            return Optional.empty();
        }
        return Optional.of(new ParsedArticle(Optional.empty(), List.of(Diagnostic.error(file, 1, 1,
                "the article is a link to " + real + ", outside the articles folder; it is not published"
                        + " (copy the file into the folder instead)").withRule(Rules.OUTSIDE_FOLDER))));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    public static List<Path> listMarkdown(Path folder) throws IOException {
        // Sub-folders too: translations often live in one folder per language (articles/es/quimioterapia.md).
        // Sorted by path from the folder, so the top folder's articles come in file-name order as before.
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> folder.relativize(p).getNameCount())
                            .thenComparing(p -> folder.relativize(p).toString()))
                    .toList();
        }
    }
}
