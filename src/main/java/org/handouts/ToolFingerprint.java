package org.handouts;

import org.handouts.io.InputsHash;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
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
 * the zip format already keeps), so nothing is decompressed at start-up: the tool's own entries and the
 * libraries' pom.properties (their names and versions). From a classes folder (tests,
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
        try {
            return of(ownCode(), System.getProperty("java.class.path", ""));
        } catch (RuntimeException e) {
            // Without its own code to read the tool still works; it only cannot trust what earlier runs kept.
            return InputsHash.start("tool unreadable").add(Long.toString(System.nanoTime())).hex();
        }
    }

    /** The fingerprint of the tool whose code is {@code own} (a jar or a classes folder), beside a class path. */
    static String of(Path own, String classPath) {
        InputsHash hash = InputsHash.start("tool 1").add("java", System.getProperty("java.runtime.version", "?"));
        try {
            if (Files.isDirectory(own)) {
                addFolder(hash, own);
                for (String entry : classPath.split(File.pathSeparator)) {
                    Path other = Path.of(entry).toAbsolutePath().normalize();
                    if (!entry.isEmpty() && !other.equals(own.toAbsolutePath().normalize()) && Files.isRegularFile(other)) {
                        hash.add("library " + other.getFileName(), Long.toString(Files.size(other)));
                    }
                }
            } else {
                addJar(hash, own);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /**
     * The tool's own classes and files, and which libraries at which versions (their pom.properties): the
     * libraries' thousands of classes change only with their versions, and hashing their entries too took a
     * tenth of a second at every start.
     */
    private static void addJar(InputsHash hash, Path jar) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean ours = name.startsWith("org/handouts/") || name.indexOf('/') < 0
                        || (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties"));
                if (ours && !entry.isDirectory() && !NOT_CODE.contains(name)) {
                    lines.add(name + "\t" + entry.getSize() + "\t" + Long.toHexString(entry.getCrc()));
                }
            }
        }
        java.util.Collections.sort(lines);
        lines.forEach(hash::add);
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
