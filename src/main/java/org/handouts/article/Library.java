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

/**
 * The set of articles in a folder and all its sub-folders, read in path order so that results (and which of two
 * articles sharing an id is the one in error) never depend on the file system's listing order.
 *
 * @param failed the files that had an error and build nothing
 * @param drafts the files marked {@code draft: true} (or {@code published: false}): skipped with a note, not failed
 */
public record Library(Path folder, List<Article> articles, List<Diagnostic> diagnostics, int failed, List<Path> drafts) {

    /**
     * The file endings read as articles: Markdown ({@code .markdown} is Jekyll's default), and MDX with its code
     * left out ({@link MdxContent}).
     */
    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx");

    public Library {
        articles = List.copyOf(articles);
        diagnostics = List.copyOf(diagnostics);
        drafts = List.copyOf(drafts);
    }

    public static Library read(Path folder) throws IOException {
        return read(folder, listMarkdown(folder));
    }

    public static Library read(Path folder, List<Path> files) {
        return read(folder, files, ArticleReader.DEFAULT_MAX_KILOBYTES);
    }

    /** As {@link #read(Path, List)}, refusing articles over {@code maxKilobytes} (limits.maxArticleKilobytes). */
    public static Library read(Path folder, List<Path> files, int maxKilobytes) {
        return read(folder, files, ReaderSettings.defaults().withMaxKilobytes(maxKilobytes));
    }

    /** As {@link #read(Path, List)}, with the reading settings of handouts.yml. */
    public static Library read(Path folder, List<Path> files, ReaderSettings settings) {
        return read(folder, files, settings, KnownOutlines.NONE);
    }

    /** As above, parsing only the bodies whose outline {@code outlines} does not know. */
    public static Library read(Path folder, List<Path> files, ReaderSettings settings, KnownOutlines outlines) {
        return read(folder, files, settings, outlines, KnownReads.NONE);
    }

    /** As above, reading again only the files {@code reads} has not seen as they are. */
    public static Library read(Path folder, List<Path> files, ReaderSettings settings, KnownOutlines outlines, KnownReads reads) {
        ArticleReader reader = new ArticleReader(settings, folder, outlines, reads);
        Path realFolder = realPath(folder);
        List<Article> articles = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        Map<String, Article> bySlug = new HashMap<>();
        int failed = 0;
        List<Path> drafts = new ArrayList<>();
        // Files are parsed in parallel (ArticleReader keeps no state); ids are then checked in file order.
        List<ParsedArticle> parsedFiles = files.parallelStream()
                .map(file -> outsideFolder(realFolder, file).orElseGet(() -> reader.read(file))).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ParsedArticle parsed = parsedFiles.get(i);
            diagnostics.addAll(parsed.diagnostics());
            if (parsed.draft()) {
                drafts.add(file);
                continue;
            }
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
                diagnostics.add(Diagnostic.error(file, 1, 1, "another article is also named '" + article.slug() + "' ("
                        + Diagnostic.displayPath(sameSlug.file()) + "); their outputs would overwrite each other: rename one,"
                        + " for example '" + article.slug() + "-" + article.lang().orElse("2") + "'").withRule(Rules.DUPLICATE_ID));
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
        return new Library(folder, articles, diagnostics, failed, drafts);
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

    /**
     * Every article file under {@code folder}, at any depth: a clinic's site keeps its pages in folders
     * ({@code managing-symptoms/tremor.md}) and its translations in language folders ({@code es/}). Names
     * starting with {@code _} or {@code .} are skipped, files and folders alike, as site generators do
     * ({@code _drafts/}, {@code _index.md}, {@code .git/}); so is {@code node_modules/}, which is never content.
     * Links to folders are not followed: that alone rules out link loops ({@code ln -s .. loop}) and a second
     * copy of the same articles; a linked file is listed and then refused by {@link #read} if it leads outside.
     * Sorted by depth, then path, so the top folder's articles come in file-name order as before.
     */
    public static List<Path> listMarkdown(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        // A tree walk that never enters a skipped folder: a site's .git/ and node_modules/ hold many thousands of files.
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                return dir.equals(folder) || !skipped(dir.getFileName().toString())
                        ? java.nio.file.FileVisitResult.CONTINUE : java.nio.file.FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (isArticleFile(folder.relativize(file)) && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE; // an unreadable folder holds nothing we can build
            }
        });
        found.sort(Comparator.comparing((Path p) -> folder.relativize(p).getNameCount())
                .thenComparing(p -> folder.relativize(p).toString()));
        return List.copyOf(found);
    }

    private static boolean skipped(String name) {
        return name.startsWith("_") || name.startsWith(".") || name.equals("node_modules");
    }

    /** Whether a path relative to the articles folder names an article, by the rules of {@link #listMarkdown}. */
    static boolean isArticleFile(Path relative) {
        for (Path part : relative) {
            if (skipped(part.toString())) {
                return false;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
