package org.handouts.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The caches that keep one {@code <slug>.bin} per article ({@code out/.handouts-prepared}, {@code -booklet},
 * {@code -chapters}). A slug is a path ({@code managing-symptoms/tremor}), so an entry may sit in a sub-folder;
 * forgetting the entries of articles gone from the library has to look in those too.
 */
public final class KeptBySlug {

    private KeptBySlug() { }

    /** Deletes (with {@code delete}) every {@code *.bin} under {@code folder} whose slug is not in {@code slugs}. */
    public static void keepOnly(Path folder, Set<String> slugs, Consumer<Path> delete) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> files = Files.walk(folder)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".bin") && Files.isRegularFile(f)).toList();
        } catch (IOException | UncheckedIOException e) {
            return; // Harmless: an entry nobody asks for is never read.
        }
        for (Path file : entries) {
            String relative = folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            if (!slugs.contains(relative.substring(0, relative.length() - ".bin".length()))) {
                delete.accept(file);
            }
        }
    }
}
