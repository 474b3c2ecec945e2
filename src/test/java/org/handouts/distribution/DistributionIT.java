package org.handouts.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.handouts.epub.EpubCheckRun;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a clinic gets it, run after {@code mvn package}: unpacked into a temporary folder outside
 * the repository, {@code bin/handouts} (through a symbolic link, as when linked into ~/bin) makes a project
 * in an empty folder with {@code init} and builds it offline from a subfolder; the PDFs are read back with
 * PDFBox and the EPUB is checked with EPUBCheck. Nothing of the repository is used but the archive.
 */
class DistributionIT {
    static final String VERSION = System.getProperty("handouts.version", "0.1.0");
    /** Set by the pom's "distribution" execution of the tests, which runs after package. */
    static final Path ARCHIVES = Path.of(System.getProperty("handouts.distribution", "target/handouts-" + VERSION)).toAbsolutePath();

    @TempDir
    static Path temp;
    static Path home;
    static Path launcher;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        Path tar = Path.of(ARCHIVES + ".tar.gz");
        Path zip = Path.of(ARCHIVES + ".zip");
        assertTrue(Files.isRegularFile(tar) && Files.isRegularFile(zip), "run after mvn package: " + tar + ", " + zip);
        Path install = Files.createDirectories(temp.resolve("opt"));
        Run untar = run(install, Map.of(), "tar", "-xzf", tar.toString());
        assertEquals(0, untar.code(), untar.err());
        home = install.resolve("handouts-" + VERSION);
        Path bin = Files.createDirectories(temp.resolve("user-bin"));
        launcher = Files.createSymbolicLink(bin.resolve("handouts"), home.resolve("bin/handouts"));
    }

    /**
     * The environment of a clinic's computer: Java found through JAVA_HOME, a cache folder of its own, and a
     * temporary folder of its own, where the build daemons' folder is (so stopping them stops only this test's).
     */
    static Map<String, String> environment() {
        try {
            Files.createDirectories(temp.resolve("user-tmp"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.of("JAVA_HOME", System.getProperty("java.home"), "XDG_CACHE_HOME", temp.resolve("user-cache").toString(),
                "PATH", "/usr/bin:/bin", "HANDOUTS_JAVA_OPTS", "-Djava.io.tmpdir=" + temp.resolve("user-tmp"));
    }

    @AfterAll
    static void stopDaemons() throws IOException, InterruptedException {
        run(temp, environment(), launcher.toString(), "daemon", "stop");
    }

    @Test
    void theArchivesHoldTheUsualLayout() throws IOException, InterruptedException {
        TreeSet<String> inZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(ARCHIVES + ".zip")) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
        }
        Run list = run(temp, Map.of(), "tar", "-tzf", ARCHIVES + ".tar.gz");
        TreeSet<String> inTar = new TreeSet<>(list.out().lines().filter(l -> !l.endsWith("/")).toList());
        assertEquals(inTar, inZip, "the zip and the tar.gz hold the same files");
        String top = "handouts-" + VERSION + "/";
        for (String file : List.of("bin/handouts", "bin/handouts.cmd", "conf/jvm.options", "lib/handouts.jar",
                "licenses/fonts/OFL-AtkinsonHyperlegible.txt", "licenses/fonts/OFL-NotoSans.txt", "licenses/fonts/LICENSE-DejaVu.txt")) {
            assertTrue(inZip.contains(top + file), file + " in " + inZip);
        }
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/handouts")).contains(PosixFilePermission.OWNER_EXECUTE));
        String cmd = Files.readString(home.resolve("bin/handouts.cmd"), StandardCharsets.ISO_8859_1);
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "Windows line ends in handouts.cmd");
        assertFalse(Files.readString(home.resolve("bin/handouts")).contains("\r"), "Unix line ends in bin/handouts");
    }

    @Test
    void initThenBuildInAnEmptyFolderOfflineMakesGoodPdfsAndAValidEpub() throws IOException, InterruptedException {
        Path project = Files.createDirectories(temp.resolve("work/clinic"));
        Run init = run(project, environment(), launcher.toString(), "init");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("made       handouts.yml"), init.out());

        // From a subfolder of the project, as git works from anywhere in a repository.
        Run build = run(project.resolve("articles"), environment(), launcher.toString(), "build", "--offline");
        assertEquals(0, build.code(), build.out() + build.err());
        // Two PDFs, the printed and the EPUB booklet, and the web edition (from the built-in site templates).
        assertTrue(build.out().contains("1 article: 5 files rendered to "), build.out());
        assertTrue(Files.readString(project.resolve("out/site/getting-ready-for-your-visit/index.html")).contains("<html"));
        assertEquals(3, build.err().lines().filter(l -> l.contains("is still a placeholder from 'handouts init'")).count(), build.err());
        assertFalse(build.err().contains("Exception"), build.err());

        for (String layout : List.of("handout", "large-print")) {
            Path pdf = project.resolve("out/pdf/" + layout + "/getting-ready-for-your-visit.pdf");
            try (PDDocument doc = Pdfs.open(pdf)) {
                assertTrue(doc.getNumberOfPages() >= 1);
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("Getting Ready for Your Visit"), text);
                assertTrue(text.contains("Write down your questions."), text);
                assertTrue(text.contains("does not replace advice from your own care team"), "the disclaimer: " + text);
                for (PDPage page : doc.getPages()) {
                    for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    }
                }
            }
        }
        try (PDDocument booklet = Pdfs.open(project.resolve("out/booklet.pdf"))) {
            assertTrue(booklet.getNumberOfPages() >= 2);
        }
        Path epub = project.resolve("out/booklet.epub");
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(epub)), "EPUBCheck findings");

        // The review too works from the subfolder, and the example article is written as plainly as it asks.
        Run check = run(project.resolve("articles"), environment(), launcher.toString(), "check");
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("1 of 1 articles ready"), check.out());

        // A second build from the project's top is all up to date: same project, same kept results.
        Run again = run(project, environment(), launcher.toString(), "build", "--offline");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("1 article: 0 files rendered to out, 5 up to date"), again.out());
        // Each folder's first build started a build daemon there; the next build in the folder goes to it.
        assertTrue(again.err().contains("starting a build daemon for this folder"), again.err());
        Path article = project.resolve("articles/getting-ready-for-your-visit.md");
        Files.writeString(article, Files.readString(article) + "\nBring a list of the medicines you take.\n");
        Run warm = run(project, environment(), launcher.toString(), "build", "--offline");
        assertEquals(0, warm.code(), warm.err());
        assertFalse(warm.err().contains("daemon"), warm.err());
        assertTrue(warm.out().contains("1 article: 5 files rendered to out, 0 up to date"), warm.out());
        try (PDDocument doc = Pdfs.open(project.resolve("out/pdf/handout/getting-ready-for-your-visit.pdf"))) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ")
                    .contains("Bring a list of the medicines you take."));
        }
        Run status = run(project, environment(), launcher.toString(), "daemon", "status");
        assertEquals(2, status.out().lines().filter(l -> l.startsWith("pid ")).count(), status.out());
        assertTrue(status.out().contains(project.toRealPath() + "  since"), status.out());
        assertTrue(Files.list(temp.resolve("user-cache/handouts")).anyMatch(p -> p.getFileName().toString().startsWith("builtin-")),
                "the built-in layouts and fonts are unpacked into the user's cache, not the project");
        assertFalse(Files.exists(project.resolve("layouts")) || Files.exists(project.resolve("fonts")));
    }

    @Test
    void versionNamesTheCommitAndTheCodeFingerprint() throws IOException, InterruptedException {
        Run version = run(temp, environment(), launcher.toString(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().matches("(?s)handouts " + java.util.regex.Pattern.quote(VERSION)
                + " \\(commit ([0-9a-f]{12}(-dirty)?|unknown)\\)\\R+code fingerprint [0-9a-f]{12} .*"), version.out());
    }

    @Test
    void withoutJavaOrWithAnOldOneItSaysSo() throws IOException, InterruptedException {
        // A PATH with the few tools the script uses and no java.
        Path tools = Files.createDirectories(temp.resolve("tools-without-java"));
        for (String tool : List.of("ls", "sed", "dirname")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(tools.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        Run none = run(temp, Map.of("PATH", tools.toString()), launcher.toString(), "--version");
        assertEquals(2, none.code(), none.err());
        assertTrue(none.err().contains("handouts: Java 17 or later is needed and none was found"), none.err());

        Path old = Files.createDirectories(temp.resolve("jdk-11/bin"));
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'this old java must not be run' >&2\nexit 99\n");
        old.resolve("java").toFile().setExecutable(true);
        Files.writeString(old.getParent().resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
        Run eleven = run(temp, Map.of("PATH", tools.toString(), "JAVA_HOME", old.getParent().toString()), launcher.toString(), "--version");
        assertEquals(2, eleven.code(), eleven.err());
        assertTrue(eleven.err().contains("Java 17 or later is needed, but " + old.resolve("java") + " is Java 11"), eleven.err());
    }

    record Run(int code, String out, String err) { }

    static Run run(Path folder, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 10 minutes: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
