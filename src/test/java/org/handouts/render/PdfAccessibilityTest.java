package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF the tool writes (each layout, and the booklet) passes veraPDF's PDF/UA-1 and PDF/A-3u
 * validation with zero failed rules. One shared build and one veraPDF pass per file for the class.
 */
class PdfAccessibilityTest {

    @TempDir
    static Path temp;
    static List<Path> pdfs;
    static List<String> uaFailures = new ArrayList<>();
    static List<String> aFailures = new ArrayList<>();

    @BeforeAll
    static void buildAndValidate() throws IOException {
        FixtureProject project = FixtureProject.create(temp)
                .config(FixtureProject.DEFAULT_CONFIG.replace("layouts: [handout]", "layouts: [handout, large-print]")
                        + "site:\n  baseUrl: \"https://clinic.example/handouts\"\n")
                // A table, lists, a footnote, an external link, a local hero picture and tags between them.
                .repoArticles("chemotherapy", "clinical-trials", "radiation-therapy");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        try (Stream<Path> files = Files.walk(project.out())) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : pdfs) {
            String name = project.out().relativize(pdf).toString();
            VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1).forEach(f -> uaFailures.add(name + ": " + f));
            VeraPdf.failedRules(pdf, VeraPdf.PDF_A_3U).forEach(f -> aFailures.add(name + ": " + f));
        }
    }

    @Test
    void everyLayoutAndTheBookletWereChecked() {
        List<String> names = pdfs.stream().map(p -> p.getParent().getFileName() + "/" + p.getFileName()).toList();
        assertTrue(names.contains("handout/chemotherapy.pdf"), names.toString());
        assertTrue(names.contains("large-print/chemotherapy.pdf"), names.toString());
        assertTrue(names.contains("out/booklet.pdf"), names.toString());
        assertEquals(7, pdfs.size(), names.toString());
    }

    @Test
    void everyPdfPassesPdfUa1() {
        assertTrue(uaFailures.isEmpty(), "failed PDF/UA-1 rules:\n" + String.join("\n", uaFailures));
    }

    @Test
    void everyPdfPassesPdfA3u() {
        assertTrue(aFailures.isEmpty(), "failed PDF/A-3u rules:\n" + String.join("\n", aFailures));
    }
}
