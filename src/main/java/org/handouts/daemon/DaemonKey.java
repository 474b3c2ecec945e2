package org.handouts.daemon;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a build takes from the process it runs in, so a daemon only ever builds what this process
 * would have built itself: the working folder (relative paths and the project found from it), the Java
 * and its options, the tool's code on the class path (by size and time: a rebuilt jar is another tool),
 * the environment variables the tool or the JVM read, and the system properties made from them.
 * Two processes with the same key may share a daemon; {@link #hash()} names it.
 */
public record DaemonKey(Path folder, String java, List<String> jvmOptions, String classPath, String code,
        Map<String, String> environment, Map<String, String> properties) {

    /**
     * The environment variables a build reads, directly or through the JVM. A variable the tool starts to
     * read must be added here, or a daemon started without it would build as if it were not set
     * (DaemonKeyTest reads the sources for them).
     */
    public static final List<String> ENVIRONMENT = List.of("SOURCE_DATE_EPOCH", "LOCALAPPDATA", "XDG_CACHE_HOME",
            "HOME", "USERPROFILE", "TMPDIR", "TMP", "TEMP", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES",
            "LC_TIME", "TZ", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** System properties that come from the machine rather than the options (also covered above, mostly). */
    static final List<String> PROPERTIES = List.of("user.name", "user.home", "java.io.tmpdir", "file.encoding",
            "user.language", "user.country", "user.variant", "user.timezone", "os.name", "java.version");

    public DaemonKey {
        jvmOptions = List.copyOf(jvmOptions);
        environment = Collections.unmodifiableMap(new TreeMap<>(environment));
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** This process's key for builds in {@code folder}. */
    public static DaemonKey of(Path folder) throws IOException {
        Map<String, String> environment = new TreeMap<>();
        for (String name : ENVIRONMENT) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        Map<String, String> properties = new TreeMap<>();
        for (String name : PROPERTIES) {
            properties.put(name, System.getProperty(name, ""));
        }
        String classPath = absoluteClassPath();
        return new DaemonKey(folder.toRealPath(), javaCommand(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                classPath, stamp(classPath), environment, properties);
    }

    /** The key's name: 16 hex digits of a SHA-256 over every part. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts()) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> parts() {
        List<String> parts = new ArrayList<>(List.of(Wire.HELLO, folder.toString(), java, classPath, code));
        parts.add("options");
        parts.addAll(jvmOptions);
        environment.forEach((k, v) -> parts.add("env " + k + "=" + v));
        properties.forEach((k, v) -> parts.add("property " + k + "=" + v));
        return parts;
    }

    /** The same java this process runs on. */
    static String javaCommand() {
        return ProcessHandle.current().info().command().orElseGet(() -> Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java").toString());
    }

    static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The class path's files as they are now: size and time of each jar, newest time and count of the files
     * in each classes folder. A daemon compares it with what it started from, and ends when its code changed.
     */
    static String stamp(String classPath) throws IOException {
        StringBuilder stamp = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                long[] newestAndCount = {0, 0};
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).forEach(f -> {
                        newestAndCount[0] = Math.max(newestAndCount[0], f.toFile().lastModified());
                        newestAndCount[1]++;
                    });
                }
                stamp.append(entry).append(' ').append(newestAndCount[0]).append(' ').append(newestAndCount[1]).append('\n');
            } else if (Files.isRegularFile(path)) {
                stamp.append(entry).append(' ').append(Files.size(path)).append(' ')
                        .append(Files.getLastModifiedTime(path).toMillis()).append('\n');
            } else {
                stamp.append(entry).append(" missing\n");
            }
        }
        return stamp.toString();
    }
}
