package org.handouts;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A fingerprint of the tool's own code and built-in files (and the Java that runs them): what every cache
 * and the build manifest key on, so a changed tool never reuses results an older one kept, even when
 * nobody raised the version number. Two builds of the same sources have the same fingerprint, so
 * rebuilding the jar alone does not throw the caches away.
 *
 * <p>From a jar it is read from the jar's central directory (each entry's name, size and CRC-32, which
 * the zip format already keeps), so nothing is decompressed at start-up. From a classes folder (tests,
 * the IDE) every file is hashed, and the other class-path entries count by name and size.
 */
public final class ToolFingerprint {
    /** Build details that are not code: a new commit with the same code keeps the caches. */
    private static final List<String> NOT_CODE = List.of("handouts-version.properties", "handouts-build.properties", "META-INF/MANIFEST.MF");

    private static final String VALUE = compute();

    private ToolFingerprint() { }

    /** The full fingerprint (64 hex digits). */
    public static String get() {
        return VALUE;
    }

    /** The first 12 hex digits, for folder names and {@code --version}. */
    public static String shortForm() {
        return VALUE.substring(0, 12);
    }

    private static String compute() {
        InputsHash hash = InputsHash.start("tool 1").add("java", System.getProperty("java.runtime.version", "?"));
        try {
            Path own = ownCode();
            if (Files.isDirectory(own)) {
                addFolder(hash, own);
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    Path other = Path.of(entry).toAbsolutePath().normalize();
                    if (!entry.isEmpty() && !other.equals(own) && Files.isRegularFile(other)) {
                        hash.add("library " + other.getFileName(), Long.toString(Files.size(other)));
                    }
                }
            } else {
                addJar(hash, own);
            }
        } catch (IOException | RuntimeException e) {
            // Without its own code to read the tool still works; it only cannot trust what earlier runs kept.
            hash.add("unreadable", Long.toString(System.nanoTime()));
        }
        return hash.hex();
    }

    /** The jar or classes folder this class was loaded from. */
    public static Path ownCode() {
        try {
            return Path.of(ToolFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the tool's code is", e);
        }
    }

    private static void addJar(InputsHash hash, Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory() && !NOT_CODE.contains(e.getName()))
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                hash.add(entry.getName(), entry.getSize() + " " + Long.toHexString(entry.getCrc()));
            }
        }
    }

    private static void addFolder(InputsHash hash, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
            if (!NOT_CODE.contains(name)) {
                try {
                    hash.add(name).add(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
