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
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
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
    static Path out;
    static List<String> uaFailures = new ArrayList<>();
    static List<String> aFailures = new ArrayList<>();

    @BeforeAll
    static void buildAndValidate() throws IOException {
        FixtureProject project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG
                        + "site:\n  baseUrl: \"https://clinic.example/handouts\"\n")
                // A table, lists, a footnote, an external link, a local hero picture and tags between them.
                .repoArticles("chemotherapy", "clinical-trials", "radiation-therapy")
                .simpleArticle("quimioterapia", "Quimioterapia", "lang: es\ntags: [chemotherapy]\n",
                        "## Qué es\n\nLa quimioterapia usa medicamentos. [Más información](https://example.org/quimio).");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        out = project.out();
        try (Stream<Path> files = Files.walk(project.out())) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf") && !p.startsWith(project.out().resolve("site"))).sorted().toList();
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
        // The Spanish article has a booklet of its own language.
        assertTrue(names.contains("out/booklet.es.pdf"), names.toString());
        assertEquals(10, pdfs.size(), names.toString());
    }

    static PDDocument open(String relative) {
        return Pdfs.open(out.resolve(relative));
    }

    @Test
    void languageIsTheArticlesAndTheTitleIsShownInTheTitleBar() throws IOException {
        for (String layout : List.of("handout", "large-print")) {
            try (PDDocument es = open("pdf/" + layout + "/quimioterapia.pdf");
                 PDDocument en = open("pdf/" + layout + "/chemotherapy.pdf")) {
                assertEquals("es", es.getDocumentCatalog().getLanguage());
                assertEquals("en", en.getDocumentCatalog().getLanguage());
                assertTrue(en.getDocumentCatalog().getViewerPreferences().displayDocTitle());
                assertEquals("Chemotherapy", en.getDocumentInformation().getTitle());
            }
        }
    }

    @Test
    void everyLinkAnnotationCarriesADescription() throws IOException {
        for (Path pdf : pdfs) {
            try (PDDocument doc = Pdfs.open(pdf)) {
                int links = 0;
                for (PDPage page : doc.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink) {
                            links++;
                            assertFalse(annotation.getContents() == null || annotation.getContents().isBlank(), pdf.toString());
                        }
                    }
                }
                assertTrue(links > 0, pdf + " has no links: the check above proved nothing");
            }
        }
    }

    static void structureTypes(PDStructureNode node, Set<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                structureTypes(element, types);
            }
        }
    }

    @Test
    void headingsListsTablesAndPicturesAreTaggedAsSuch() throws IOException {
        for (String layout : List.of("handout", "large-print")) {
            Set<String> types = new TreeSet<>();
            try (PDDocument chemo = open("pdf/" + layout + "/chemotherapy.pdf");
                 PDDocument radiation = open("pdf/" + layout + "/radiation-therapy.pdf")) {
                structureTypes(chemo.getDocumentCatalog().getStructureTreeRoot(), types);
                assertTrue(types.containsAll(List.of("H1", "H2", "L", "LI", "Table", "TH", "TD", "Link")), layout + ": " + types);
                Set<String> withHero = new TreeSet<>();
                structureTypes(radiation.getDocumentCatalog().getStructureTreeRoot(), withHero);
                assertTrue(withHero.contains("Figure"), layout + ": the hero picture is a Figure: " + withHero);
            }
        }
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
