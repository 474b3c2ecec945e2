package org.handouts.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which builds may share a daemon, and who may reach it. */
class DaemonKeyTest {
    @TempDir
    Path temp;

    private static DaemonKey key(Path folder, List<String> options, Map<String, String> environment) {
        return new DaemonKey(folder, "/usr/bin/java", options, "/opt/handouts.jar", "/opt/handouts.jar 10 20\n", environment,
                Map.of("user.home", "/home/a"));
    }

    @Test
    void anythingABuildTakesFromItsProcessMakesAnotherDaemon() {
        DaemonKey base = key(Path.of("/p"), List.of("-Xms128m"), Map.of("LANG", "C.UTF-8"));
        assertEquals(base.hash(), key(Path.of("/p"), List.of("-Xms128m"), Map.of("LANG", "C.UTF-8")).hash());
        assertEquals(16, base.hash().length());
        assertNotEquals(base.hash(), key(Path.of("/q"), List.of("-Xms128m"), Map.of("LANG", "C.UTF-8")).hash(), "another folder");
        assertNotEquals(base.hash(), key(Path.of("/p"), List.of("-Xmx1g"), Map.of("LANG", "C.UTF-8")).hash(), "other JVM options");
        assertNotEquals(base.hash(), key(Path.of("/p"), List.of("-Xms128m"), Map.of("LANG", "C.UTF-8", "SOURCE_DATE_EPOCH", "1")).hash(),
                "a build date for reproducible booklets");
        assertNotEquals(base.hash(), new DaemonKey(Path.of("/p"), "/usr/bin/java", List.of("-Xms128m"), "/opt/handouts.jar",
                "/opt/handouts.jar 11 20\n", Map.of("LANG", "C.UTF-8"), Map.of("user.home", "/home/a")).hash(), "a rebuilt jar");
    }

    /** A variable the tool starts to read, and the key does not cover, would be silently ignored by a daemon. */
    @Test
    void everyEnvironmentVariableTheToolReadsIsInTheKey() throws IOException {
        Pattern named = Pattern.compile("getenv\\(\"([A-Z_]+)\"\\)");
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        // Read by the client only, before there is a daemon: whether to use one, and whether the output is a terminal.
        read.removeAll(Set.of("HANDOUTS_DAEMON", "CI", "TERM"));
        read.add(org.handouts.epub.BuildDate.VARIABLE); // read through a constant (BuildStamp, EpubBookletWriter)
        assertTrue(read.contains("LOCALAPPDATA"), "the scan finds the variables: " + read);
        assertEquals(Set.of(), difference(read, Set.copyOf(DaemonKey.ENVIRONMENT)), "read by the tool but not in DaemonKey.ENVIRONMENT");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void onlyBuildsThatAskForNothingElseGoToADaemon() {
        List<String> jvm = List.of("-Xms128m");
        assertTrue(DaemonClient.wanted(new String[] {"build", "-q"}, Map.of(), jvm, false));
        assertFalse(DaemonClient.wanted(new String[] {"check"}, Map.of(), jvm, false));
        assertFalse(DaemonClient.wanted(new String[] {"build", "--no-daemon"}, Map.of(), jvm, false));
        assertFalse(DaemonClient.wanted(new String[] {"build", "--help"}, Map.of(), jvm, false));
        assertFalse(DaemonClient.wanted(new String[] {"build"}, Map.of("HANDOUTS_DAEMON", "off"), jvm, false));
        assertFalse(DaemonClient.wanted(new String[] {"build"}, Map.of("CI", "true"), jvm, false));
        assertTrue(DaemonClient.wanted(new String[] {"build"}, Map.of("CI", "false"), jvm, false));
        assertFalse(DaemonClient.wanted(new String[] {"build"}, Map.of(), List.of("-XX:ArchiveClassesAtExit=/tmp/a.jsa"), false));
        assertFalse(DaemonClient.wanted(new String[] {"build"}, Map.of(), List.of("-agentlib:jdwp=transport=dt_socket"), false));
        assertFalse(DaemonClient.wanted(new String[] {"build"}, Map.of(), jvm, true), "Windows: only when asked for");
        assertTrue(DaemonClient.wanted(new String[] {"build"}, Map.of("HANDOUTS_DAEMON", "on"), jvm, true));
    }

    @Test
    void theDaemonsFolderIsTheUsersAlone() throws IOException {
        Path made = DaemonFolder.at(temp.resolve("new")).path();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        Path open = Files.createDirectory(temp.resolve("open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        IOException refused = assertThrows(IOException.class, () -> DaemonFolder.at(open));
        assertTrue(refused.getMessage().contains("other users"), refused.getMessage());
    }

    @Test
    void onWindowsTheDaemonRunsWithoutAConsoleWhereJavawIsThere() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("jdk/bin"));
        Path java = Files.createFile(bin.resolve("java.exe"));
        assertEquals(java.toString(), DaemonClient.withoutConsole(java.toString()), "no javaw.exe beside it: java.exe itself");
        Path javaw = Files.createFile(bin.resolve("javaw.exe"));
        assertEquals(javaw.toString(), DaemonClient.withoutConsole(java.toString()));
        assertEquals("/usr/bin/java", DaemonClient.withoutConsole("/usr/bin/java"));
    }
}
