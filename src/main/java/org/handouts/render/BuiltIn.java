package org.handouts.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.handouts.ToolFingerprint;

/**
 * The layouts and fonts the tool carries inside it ({@code org/handouts/builtin/} in its resources), as
 * real folders: the template engine, the PDF renderer and the font parser all read files. Run from a
 * classes folder (tests, the IDE) they are used where they are; run from a jar they are unpacked once into
 * the user's cache folder, in a folder named by the tool's fingerprint, so each build of the tool has its
 * own and two runs at once never see a half-unpacked one.
 *
 * <p>A project overrides them by name: its {@code layouts/NAME/} replaces the built-in layout NAME, and a
 * file in its {@code fonts/} replaces the built-in font file of the same name or adds to them.
 */
public final class BuiltIn {
    private static final String RESOURCES = "org/handouts/builtin/";
    private static final String COMPLETE = ".complete";
    private static volatile Path folder;

    private BuiltIn() { }

    /** The built-in layouts: one folder per layout. */
    public static Path layouts() {
        return folder().resolve("layouts");
    }

    /** The built-in fonts and their licences. */
    public static Path fonts() {
        return folder().resolve("fonts");
    }

    /** The names of the built-in layouts, sorted. */
    public static List<String> layoutNames() {
        try (Stream<Path> children = Files.list(layouts())) {
            return children.filter(p -> Files.isRegularFile(p.resolve(Layout.ARTICLE_TEMPLATE)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder() {
        Path known = folder;
        // A process that lives long (the build daemon) checks that the unpacked copy was not removed meanwhile.
        if (known == null || !Files.isDirectory(known)) {
            synchronized (BuiltIn.class) {
                if (folder == null || !Files.isDirectory(folder)) {
                    folder = locate();
                }
                known = folder;
            }
        }
        return known;
    }

    private static Path locate() {
        Path code = ToolFingerprint.ownCode();
        if (Files.isDirectory(code)) {
            return code.resolve(RESOURCES);
        }
        try {
            return unpack(code, UserCache.folder().resolve("builtin-" + ToolFingerprint.shortForm()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the built-in layouts and fonts into "
                    + UserCache.folder() + ": " + e.getMessage(), e);
        }
    }

    /** Unpacks into a temporary folder beside {@code target}, then moves it into place in one step. */
    private static Path unpack(Path jar, Path target) throws IOException {
        if (Files.isRegularFile(target.resolve(COMPLETE))) {
            markUsed(target, java.time.Instant.now());
            return target;
        }
        removeUnused(target.getParent(), java.time.Instant.now());
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(RESOURCES)).forEach(entries::add);
            for (ZipEntry entry : entries) {
                Path file = temp.resolve(entry.getName().substring(RESOURCES.length())).normalize();
                if (!file.startsWith(temp)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
            }
            Files.writeString(temp.resolve(COMPLETE), ToolFingerprint.get() + "\n");
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // Another run unpacked the same files first (or left an incomplete folder): use or replace it.
                if (!Files.isRegularFile(target.resolve(COMPLETE))) {
                    deleteTree(target);
                    Files.move(temp, target);
                }
            }
        } finally {
            if (Files.exists(temp)) {
                deleteTree(temp);
            }
        }
        return target;
    }

    /** How long an unpacked folder of another build of the tool is kept after its last use. */
    static final java.time.Duration KEPT_UNUSED = java.time.Duration.ofDays(30);

    /** Marks the folder used today (at most one write a day), so {@link #removeUnused} keeps it. */
    static void markUsed(Path folder, java.time.Instant now) throws IOException {
        Path marker = folder.resolve(COMPLETE);
        if (Files.getLastModifiedTime(marker).toInstant().isBefore(now.minus(java.time.Duration.ofDays(1)))) {
            Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.from(now));
        }
    }

    /**
     * Every build of the tool unpacks its own folder; those of builds unused for {@link #KEPT_UNUSED} are
     * removed when a new one is unpacked, so a developer's cache does not grow with every change.
     */
    static void removeUnused(Path cache, java.time.Instant now) {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> children = Files.list(cache)) {
            for (Path old : children.filter(p -> p.getFileName().toString().startsWith("builtin-")).toList()) {
                Path marker = old.resolve(COMPLETE);
                if (Files.isRegularFile(marker) && Files.getLastModifiedTime(marker).toInstant().isBefore(now.minus(KEPT_UNUSED))) {
                    deleteTree(old);
                }
            }
        } catch (IOException e) {
            // Only tidying: a folder that cannot be removed now is tried again next time.
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The user's cache folder for the tool (not a project's): where each platform keeps such files. */
    static final class UserCache {
        private UserCache() { }

        static Path folder() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String home = System.getProperty("user.home", ".");
            String local = System.getenv("LOCALAPPDATA");
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (os.startsWith("windows") && local != null && !local.isBlank()) {
                return Path.of(local, "handouts");
            }
            if (os.startsWith("mac")) {
                return Path.of(home, "Library", "Caches", "handouts");
            }
            if (xdg != null && !xdg.isBlank()) {
                return Path.of(xdg, "handouts");
            }
            return Path.of(home, ".cache", "handouts");
        }
    }
}
