package org.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caches and the build manifest key on the tool's code, not its version string: a changed class or built-in
 * file changes the fingerprint with the version unchanged, while a rebuild of the same code (new times, a
 * new commit) keeps it.
 */
class ToolFingerprintTest {

    static Path jar(Path file, long time, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static final Map<String, String> CODE = Map.of(
            "org/handouts/cli/Main.class", "main v1",
            "org/handouts/builtin/layouts/handout/style.css", "h1 { color: navy }",
            "handouts-version.properties", "version=0.1.0",
            "handouts-build.properties", "commit=aaaaaaaaaaaa");

    @Test
    void aCodeChangeWithTheSameVersionChangesIt(@TempDir Path temp) throws IOException {
        String before = ToolFingerprint.of(jar(temp.resolve("a.jar"), 0, CODE), "");
        Map<String, String> changed = new java.util.HashMap<>(CODE);
        changed.put("org/handouts/builtin/layouts/handout/style.css", "h1 { color: teal }");
        assertNotEquals(before, ToolFingerprint.of(jar(temp.resolve("b.jar"), 0, changed), ""));
        changed = new java.util.HashMap<>(CODE);
        changed.put("org/handouts/cli/Main.class", "main v2");
        assertNotEquals(before, ToolFingerprint.of(jar(temp.resolve("c.jar"), 0, changed), ""));
    }

    @Test
    void aRebuildOfTheSameCodeKeepsIt(@TempDir Path temp) throws IOException {
        String before = ToolFingerprint.of(jar(temp.resolve("a.jar"), 0, CODE), "");
        Map<String, String> rebuilt = new java.util.HashMap<>(CODE);
        rebuilt.put("handouts-build.properties", "commit=bbbbbbbbbbbb-dirty");
        assertEquals(before, ToolFingerprint.of(jar(temp.resolve("b.jar"), 1_700_000_000_000L, rebuilt), ""));
    }

    @Test
    void aClassesFolderCountsItsFilesAndTheLibrariesBesideIt(@TempDir Path temp) throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes/org/handouts"));
        Files.writeString(classes.resolve("A.class"), "a");
        Path library = Files.writeString(temp.resolve("pdfbox-3.0.8.jar"), "library");
        String before = ToolFingerprint.of(temp.resolve("classes"), library.toString());
        Files.writeString(classes.resolve("A.class"), "b");
        String changed = ToolFingerprint.of(temp.resolve("classes"), library.toString());
        assertNotEquals(before, changed);
        Path other = Files.writeString(temp.resolve("pdfbox-3.0.9.jar"), "library");
        assertNotEquals(changed, ToolFingerprint.of(temp.resolve("classes"), other.toString()));
    }

    @Test
    void theRunningToolHasOne() {
        assertTrue(ToolFingerprint.get().matches("[0-9a-f]{64}"));
        assertEquals(ToolFingerprint.get().substring(0, 12), ToolFingerprint.shortForm());
    }
}
