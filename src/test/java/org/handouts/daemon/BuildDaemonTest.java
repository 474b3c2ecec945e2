package org.handouts.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build daemon as a user meets it: real daemon processes started by the real client (this test's Java,
 * options and class path), serving builds of a real project, against the same command run in a process
 * of its own. Every daemon is stopped at the end; none outlives the test.
 */
class BuildDaemonTest {
    private static final String DAEMON_MAIN = "org.handouts.cli.DaemonMain";

    @TempDir
    Path temp;

    private DaemonFolder daemons;

    @AfterEach
    void stopDaemons() throws Exception {
        if (daemons != null) {
            List<DaemonClient.Description> left = DaemonClient.running(daemons);
            DaemonClient.stopAll(daemons);
            for (DaemonClient.Description d : left) {
                ProcessHandle.of(d.pid()).ifPresent(p -> {
                    try {
                        p.onExit().get(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
            }
        }
    }

    private record Built(OptionalInt code, String out, String err) { }

    private Built viaDaemon(DaemonKey key, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        OptionalInt code = new DaemonClient(daemons, key, DAEMON_MAIN, outStream, errStream).build(List.of(args), false);
        return new Built(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The same command in a process of its own, in the project's folder, as {@code handouts build --no-daemon}. */
    private static Built ownProcess(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(DaemonKey.javaCommand(), "-cp", DaemonKey.absoluteClassPath(), "org.handouts.cli.Main"));
        command.addAll(Arrays.asList(args));
        command.add("--no-daemon");
        Path out = Files.createTempFile("own", ".out");
        Path err = Files.createTempFile("own", ".err");
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Built(OptionalInt.of(p.exitValue()), Files.readString(out), Files.readString(err));
    }

    private FixtureProject project() throws IOException {
        daemons = DaemonFolder.at(temp.resolve("d"));
        FixtureProject project = FixtureProject.create(temp).repoArticles("managing-fatigue");
        // An article with an error: the exit code and the message must come back as they would from a build of its own.
        project.article("broken.md", "---\ntitle: [unclosed\n---\n\nText.\n");
        return project;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aDaemonBuildsAsItsOwnProcessWouldAndServesTheNextBuildWarm() throws Exception {
        FixtureProject project = project();
        DaemonKey key = DaemonKey.of(project.root());
        String[] args = {"build", "--offline", "--no-booklet-pdf", "--force"};

        Built first = viaDaemon(key, args);
        assertEquals(OptionalInt.of(1), first.code(), first.err());
        assertTrue(first.err().contains("starting a build daemon"), first.err());
        List<DaemonClient.Description> running = DaemonClient.running(daemons);
        assertEquals(1, running.size(), running.toString());
        assertEquals(project.root().toRealPath(), running.get(0).folder());
        Path environ = Path.of("/proc", String.valueOf(running.get(0).pid()), "environ");
        if (Files.isReadable(environ) && System.getenv("MALLOC_ARENA_MAX") == null) {
            assertTrue(List.of(Files.readString(environ).split("\0")).contains("MALLOC_ARENA_MAX=2"),
                    "the daemon runs with two malloc arenas, so that its memory does not grow build after build");
        }

        Built own = ownProcess(project.root(), args);
        Built second = viaDaemon(key, args);
        assertEquals(own.code(), second.code());
        assertEquals(own.err(), second.err(), "what the daemon's build printed as errors and warnings");
        assertEquals(own.out().lines().filter(l -> !l.contains(" s")).toList(),
                second.out().lines().filter(l -> !l.contains(" s")).toList(), "the progress lines, timings aside");
        assertTrue(second.err().contains("broken.md:2:"), second.err());

        // A writer's edit: the next build, by the same daemon, has it in the handout.
        Path article = project.articles().resolve("managing-fatigue.md");
        Files.writeString(article, Files.readString(article) + "\nA sentence added for the daemon test.\n");
        Built edited = viaDaemon(key, "build", "--offline", "--no-booklet-pdf");
        assertEquals(OptionalInt.of(1), edited.code(), edited.err());
        assertEquals(running, DaemonClient.running(daemons), "the same daemon served every build");
        assertTrue(pdfText(project.root().resolve("out/pdf/handout/managing-fatigue.pdf")).contains("A sentence added for the daemon test."));
        assertTrue(Files.readString(daemons.log(key.hash())).contains("build 3"), "the log counts the builds it served");

        // The renderer's own messages (java.util.logging, set up during an earlier build) reach this build's client.
        Built verbose = viaDaemon(key, "build", "--offline", "--no-booklet-pdf", "--no-epub", "--force", "-v");
        assertTrue(verbose.err().contains("com.openhtmltopdf"), verbose.err());
        assertTrue(ownProcess(project.root(), "build", "--offline", "--no-booklet-pdf", "--no-epub", "--force", "-v").err()
                .contains("com.openhtmltopdf"), "the same lines as a build in its own process prints");
    }

    @Test
    void aKilledDaemonIsReplacedAndOneThatCannotStartLeavesTheBuildToTheClient() throws Exception {
        FixtureProject project = project();
        DaemonKey key = DaemonKey.of(project.root());
        assertTrue(viaDaemon(key, "build", "--offline", "--no-booklet-pdf", "--no-epub").code().isPresent());
        long killed = DaemonClient.running(daemons).get(0).pid();
        ProcessHandle daemon = ProcessHandle.of(killed).orElseThrow();
        daemon.destroyForcibly();
        daemon.onExit().get(60, TimeUnit.SECONDS);
        assertTrue(Files.exists(daemons.socket(key.hash())), "a killed daemon leaves its socket behind");

        Built next = viaDaemon(key, "build", "--offline", "--no-booklet-pdf", "--no-epub");
        assertEquals(OptionalInt.of(1), next.code(), next.err());
        long started = DaemonClient.running(daemons).get(0).pid();
        assertNotEquals(killed, started);

        Built broken = new Built(OptionalInt.empty(), "", "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt none = new DaemonClient(daemons, withEnvironment(key, "SOURCE_DATE_EPOCH", "1700000000"), "org.handouts.NoSuchMain",
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true, StandardCharsets.UTF_8))
                .build(List.of("build", "--offline"), false);
        assertEquals(broken.code(), none, "no daemon: the client builds itself");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the build daemon did not start"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDaemonEndsWhenItsCodeChangesAndWhenAskedTo() throws Exception {
        FixtureProject project = project();
        Path extra = Files.createDirectories(temp.resolve("extra-classes"));
        Files.writeString(extra.resolve("marker.txt"), "1");
        DaemonKey plain = DaemonKey.of(project.root());
        String classPath = plain.classPath() + File.pathSeparator + extra;
        DaemonKey key = new DaemonKey(plain.folder(), plain.java(), plain.jvmOptions(), classPath, DaemonKey.stamp(classPath),
                plain.environment(), plain.properties());
        assertTrue(viaDaemon(key, "build", "--offline", "--no-booklet-pdf", "--no-epub").code().isPresent());
        ProcessHandle daemon = ProcessHandle.of(DaemonClient.running(daemons).get(0).pid()).orElseThrow();

        Files.writeString(extra.resolve("new.class"), "a class the tool did not start with");
        daemon.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(daemon.isAlive());
        assertTrue(Files.readString(daemons.log(key.hash())).contains("the tool's code changed"));
        assertFalse(Files.exists(daemons.socket(key.hash())), "a daemon that ends removes its socket");

        DaemonKey other = DaemonKey.of(project.root());
        assertTrue(viaDaemon(other, "build", "--offline", "--no-booklet-pdf", "--no-epub").code().isPresent());
        ProcessHandle second = ProcessHandle.of(DaemonClient.running(daemons).get(0).pid()).orElseThrow();
        assertEquals(List.of(second.pid()), DaemonClient.stopAll(daemons));
        second.onExit().get(60, TimeUnit.SECONDS);
        assertEquals(List.of(), DaemonClient.running(daemons));
    }

    @Test
    void aDaemonThatHoldsTooMuchMemoryEndsAfterItsBuild() throws Exception {
        FixtureProject project = project();
        DaemonKey plain = DaemonKey.of(project.root());
        List<String> options = new ArrayList<>(plain.jvmOptions());
        options.add("-Dhandouts.daemon.maxResidentMb=1");
        DaemonKey key = new DaemonKey(plain.folder(), plain.java(), options, plain.classPath(), plain.code(), plain.environment(),
                plain.properties());
        Built built = viaDaemon(key, "build", "--offline", "--no-booklet-pdf", "--no-epub");
        assertEquals(OptionalInt.of(1), built.code(), "the build itself is served: " + built.err());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(daemons.log(key.hash())).contains("ended after") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.readString(daemons.log(key.hash())).contains("MB resident after the build, above 1 MB"),
                Files.readString(daemons.log(key.hash())));
    }

    @Test
    void aDaemonEndsWhenItsFolderIsDeleted() throws Exception {
        FixtureProject project = project();
        DaemonKey key = DaemonKey.of(project.root());
        assertTrue(viaDaemon(key, "build", "--offline", "--no-booklet-pdf", "--no-epub").code().isPresent());
        ProcessHandle daemon = ProcessHandle.of(DaemonClient.running(daemons).get(0).pid()).orElseThrow();
        try (var files = Files.walk(project.root())) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        daemon.onExit().get(60, TimeUnit.SECONDS);
        assertTrue(Files.readString(daemons.log(key.hash())).contains("its folder was deleted or moved"));
    }

    private static DaemonKey withEnvironment(DaemonKey key, String name, String value) {
        java.util.Map<String, String> environment = new java.util.TreeMap<>(key.environment());
        environment.put(name, value);
        return new DaemonKey(key.folder(), key.java(), key.jvmOptions(), key.classPath(), key.code(), environment, key.properties());
    }
}
