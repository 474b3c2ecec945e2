package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged fonts folder is explained, never a stack trace: a file that is not a font (or is cut off) is
 * skipped with a warning naming it while the other fonts, and always the built-in ones, still make every PDF.
 */
class BrokenFontsTest {

    static CliRun build(FixtureProject project) {
        String root = project.root().toString();
        return CliRun.of("build", "--articles", root + "/articles", "--layouts-folder", root + "/layouts", "--fonts", root + "/fonts",
                "--config", root + "/handouts.yml", "--out", root + "/out", "--cache", root + "/cache", "-q");
    }

    static FixtureProject project(Path temp) {
        return FixtureProject.create(temp).simpleArticle("a", "Rest", "", "Rest when you feel tired.");
    }

    static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("at org.") || run.err().contains("at com."), run.err());
    }

    static void emptyFontsFolder(FixtureProject project) throws IOException {
        try (Stream<Path> fonts = Files.list(project.root().resolve("fonts"))) {
            for (Path font : fonts.toList()) {
                Files.delete(font);
            }
        }
    }

    @Test
    void anEmptyFontsFolderLeavesTheBuiltInFonts(@TempDir Path temp) throws IOException {
        FixtureProject project = project(temp);
        emptyFontsFolder(project);
        CliRun run = build(project);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(Pdfs.text(project.out().resolve("pdf/handout/a.pdf")).contains("Rest when you feel tired."));
    }

    @Test
    void aFolderOfBrokenFontsIsWarnedAboutFileByFileAndTheBuiltInFontsAreUsed(@TempDir Path temp) throws IOException {
        FixtureProject project = project(temp);
        emptyFontsFolder(project);
        project.write("fonts/readme.ttf", "These fonts are licensed under the OFL.\n");
        byte[] dejaVu = Files.readAllBytes(FixtureProject.FONTS.resolve("DejaVuSans.ttf"));
        // Named like a built-in font, it hides it; being unusable, the built-in one is used after all.
        project.writeBytes("fonts/DejaVuSans.ttf", Arrays.copyOf(dejaVu, dejaVu.length / 2));
        CliRun run = build(project);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("readme.ttf: warning: font file skipped: it is not a TrueType font"), run.err());
        assertTrue(run.err().contains("DejaVuSans.ttf: warning: font file skipped: the file is cut off: its "), run.err());
        assertNoStackTrace(run);
        assertTrue(fontNames(project.out().resolve("pdf/handout/a.pdf")).stream().anyMatch(f -> f.contains("Atkinson")),
                "the layout's own font still comes from the built-in fonts");
    }

    @Test
    void aBadFontBesideGoodOnesIsSkippedWithAWarning(@TempDir Path temp) throws IOException {
        FixtureProject project = project(temp);
        project.write("fonts/readme.ttf", "not a font");
        byte[] noto = Files.readAllBytes(FixtureProject.FONTS.resolve("NotoSans-Regular.ttf"));
        project.writeBytes("fonts/NotoSans-Cut.ttf", Arrays.copyOf(noto, 4000));
        CliRun run = build(project);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("readme.ttf: warning: font file skipped: it is not a TrueType font"), run.err());
        assertTrue(run.err().contains("NotoSans-Cut.ttf: warning: font file skipped:"), run.err());
        assertTrue(run.err().contains("the other fonts in the folder are used"), run.err());
        assertNoStackTrace(run);
        assertTrue(Pdfs.text(project.out().resolve("pdf/handout/a.pdf")).contains("Rest when you feel tired."));
    }

    @Test
    void aFontDamagedAfterAGoodBuildIsFoundOutOnTheNext(@TempDir Path temp) throws IOException {
        FixtureProject project = project(temp);
        CliRun good = build(project);
        assertEquals(0, good.code(), good.err());
        assertFalse(good.err().contains("font file skipped"), good.err());
        byte[] noto = Files.readAllBytes(project.root().resolve("fonts/NotoSans-Regular.ttf"));
        project.writeBytes("fonts/NotoSans-Regular.ttf", Arrays.copyOf(noto, noto.length - 1000));
        // The fonts' scans are kept from the first build: the changed file must be parsed again, not trusted.
        CliRun again = build(project);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("NotoSans-Regular.ttf: warning: font file skipped: the file is cut off"), again.err());
    }

    static java.util.Set<String> fontNames(Path pdf) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = Pdfs.open(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }
}
