package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.PdfFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A real build of a small library, checked by opening every PDF with PDFBox. Built once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildEndToEndTest {

    FixtureProject project;
    FixtureProject.Run run;

    @BeforeAll
    void buildOnce(@TempDir Path temp) throws Exception {
        project = FixtureProject.create(temp);
        Files.copy(Path.of("articles/immunotherapy.md"), project.articles().resolve("immunotherapy.md"));
        project.simpleArticle("fatigue", "Managing Fatigue", "tags:\n  - fatigue\n  - Breast Cancer\nreviewed: 2026-05-01\n", """
                ## What helps

                Rest when you need to — short walks help too. Back to top ↩ → ✓

                | Tip | Why |
                |---|---|
                | Nap | Energy |
                """);
        project.simpleArticle("cafe", "Café au lait spots", "tags: \"skin\"\nlang: fr\n", "Les taches café-au-lait: niño, Müller, Straße.");
        project.article("broken.md", "---\ntitle: [unclosed\nid: broken\n---\nText\n");
        run = project.build();
    }

    private Path pdf(String slug) {
        return project.out().resolve("pdf/handout/" + slug + ".pdf");
    }

    @Test
    void goodArticlesAreBuiltAndTheBrokenOneIsReportedWithFileAndLine() {
        assertEquals(1, run.result().exitCode(), run.stderr());
        assertEquals(4, run.result().articles());
        assertEquals(1, run.result().failedArticles());
        assertTrue(run.stderrLines().stream().anyMatch(l -> l.matches(".*articles/broken\\.md:\\d+:\\d+: error: invalid YAML.*")),
                run.stderr());
        for (String slug : List.of("immunotherapy", "fatigue", "cafe")) {
            assertTrue(Files.isRegularFile(pdf(slug)), slug);
        }
        assertFalse(Files.exists(pdf("broken")));
    }

    @Test
    void everyPdfOpensHoldsItsTitleEmbedsEveryFontAndHasNoMojibake() throws Exception {
        for (String slug : List.of("immunotherapy", "fatigue", "cafe")) {
            PdfFacts facts = PdfFacts.of(pdf(slug));
            assertTrue(facts.pages() > 0, slug);
            assertFalse(facts.text().contains("â€"), slug);
            assertTrue(facts.unembeddedFonts().isEmpty(), slug + " " + facts.unembeddedFonts());
            // The French article's fixed words are French (the fr message bundle).
            assertTrue(facts.text().contains(slug.equals("cafe") ? "À retenir" : "Please keep in mind"), slug + ": disclaimer heading");
            assertTrue(facts.text().contains("General information only"), slug + ": disclaimer text");
            assertTrue(facts.text().contains("Test Clinic"), slug);
        }
        PdfFacts immunotherapy = PdfFacts.of(pdf("immunotherapy"));
        assertTrue(immunotherapy.text().contains("Immunotherapy"));
        assertTrue(immunotherapy.text().contains("body’s immune system"), "repaired text is in the PDF");
        assertTrue(PdfFacts.of(pdf("cafe")).text().contains("niño, Müller, Straße"));
    }

    @Test
    void metadataAndLanguageAreSet() throws Exception {
        PdfFacts facts = PdfFacts.of(pdf("fatigue"));
        assertEquals("Managing Fatigue", facts.title());
        assertEquals("Test Clinic", facts.author());
        assertEquals("About Managing Fatigue.", facts.subject());
        assertEquals("Breast Cancer, Fatigue", facts.keywords());
        assertEquals("en", facts.language());
        assertEquals("fr", PdfFacts.of(pdf("cafe")).language());
        assertEquals(612f, facts.pageWidth(), 1f);
        assertEquals(792f, facts.pageHeight(), 1f);
    }

    @Test
    void symbolsMissingFromTheMainFontAreDrawnFromAFallbackNotAsHash() throws Exception {
        String text = PdfFacts.of(pdf("fatigue")).text();
        assertTrue(text.contains("↩") && text.contains("→") && text.contains("✓"), text);
        assertFalse(text.contains("#"), text);
    }

    @Test
    void footerShowsPageNumbersContactAndReviewedDate() throws Exception {
        String text = PdfFacts.of(pdf("fatigue")).text();
        assertTrue(text.contains("Page 1 of 1"), text);
        assertTrue(text.contains("(555) 010-0100"), text);
        assertTrue(text.contains("Reviewed May 1, 2026"), text);
        assertTrue(text.contains("Topics:") && text.contains("Fatigue"), text);
    }

    @Test
    void headingsBecomeBookmarks() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf("immunotherapy").toFile())) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            var top = outline.getFirstChild();
            assertEquals("Immunotherapy", top.getTitle());
            List<String> children = new java.util.ArrayList<>();
            top.children().forEach(c -> children.add(c.getTitle()));
            assertTrue(children.contains("Pros and Cons"), children.toString());
        }
    }

    @Test
    void outputsAreReadableByEveryoneNotJustTheirOwner() throws Exception {
        var permissions = Files.getPosixFilePermissions(pdf("fatigue"));
        assertTrue(permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), permissions.toString());
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        try (Stream<Path> files = Files.walk(project.out())) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aFailedRebuildNeverDestroysTheEarlierGoodPdf() throws Exception {
        byte[] before = Files.readAllBytes(pdf("cafe"));
        // The same article now fails to parse: its old PDF must stay as it was.
        project.article("cafe.md", "---\nid: cafe\n---\nNo title now, in the front matter or as a heading.\n");
        FixtureProject.Run second = project.build(project.options().withLayouts(List.of("handout")));
        assertEquals(1, second.result().exitCode());
        assertArrayEquals(before, Files.readAllBytes(pdf("cafe")));
        project.simpleArticle("cafe", "Café au lait spots", "tags: \"skin\"\nlang: fr\n", "Les taches café-au-lait: niño, Müller, Straße.");
    }
}
