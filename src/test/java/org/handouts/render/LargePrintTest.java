package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The large-print layout, measured from the PDF itself: letter sizes, faces, and the same content as handout. */
class LargePrintTest {

    @TempDir
    static Path temp;
    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG)
                // A table, a footnote marker, lists, a hero picture with a credit, emphasis in italics.
                .repoArticles("chemotherapy", "radiation-therapy", "hormone-therapy")
                .simpleArticle("emphasis", "Emphasis", "tags: [chemotherapy]\n",
                        "Some *italic words* and a small note<sub>2</sub> and <small>small print</small>.\n\n"
                                + "1. first\n2. second\n");
        FixtureProject.Run run = project.build(project.options().withBookletPdf(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    record Glyph(String text, float size, String font, int page) { }

    static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(p.getUnicode(), p.getFontSizeInPt(), p.getFont().getName(), getCurrentPageNo()));
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }

    @Test
    void noGlyphOnAnyPageIsSmallerThan18pt() throws IOException {
        for (String slug : List.of("chemotherapy", "radiation-therapy", "hormone-therapy", "emphasis")) {
            List<Glyph> glyphs = glyphs(project.out().resolve("pdf/large-print/" + slug + ".pdf"));
            assertTrue(glyphs.size() > 100, slug + ": too little text measured: " + glyphs.size());
            List<Glyph> small = glyphs.stream().filter(g -> g.size() < 17.99f).toList();
            assertTrue(small.isEmpty(), slug + ": glyphs under 18pt: " + small.stream().limit(15).toList());
        }
    }

    @Test
    void theMeasurementWouldCatchSmallTextInTheOrdinaryHandout() throws IOException {
        // The same measurement on the 12.5pt handout must find small text, or it proves nothing above.
        List<Glyph> glyphs = glyphs(project.out().resolve("pdf/handout/chemotherapy.pdf"));
        assertTrue(glyphs.stream().anyMatch(g -> g.size() < 18f));
    }

    @Test
    void usesAtkinsonHyperlegibleAndNeverItalic() throws IOException {
        List<Glyph> glyphs = glyphs(project.out().resolve("pdf/large-print/emphasis.pdf"));
        assertTrue(glyphs.stream().allMatch(g -> g.font().contains("AtkinsonHyperlegible")),
                glyphs.stream().map(Glyph::font).distinct().toList().toString());
        assertTrue(glyphs.stream().noneMatch(g -> g.font().toLowerCase(Locale.ROOT).contains("italic")),
                glyphs.stream().map(Glyph::font).distinct().toList().toString());
        assertTrue(glyphs.stream().anyMatch(g -> g.font().contains("Bold")), "emphasis is bold");
    }

    @Test
    void hasTheSameArticleRelatedHandoutsAndDisclaimerAsTheHandout() {
        String large = Pdfs.text(project.out().resolve("pdf/large-print/chemotherapy.pdf")).replaceAll("\\s+", " ");
        String handout = Pdfs.text(project.out().resolve("pdf/handout/chemotherapy.pdf")).replaceAll("\\s+", " ");
        for (String expected : List.of("Chemotherapy", "Protect yourself from germs", "Mouth sores",
                "Related handouts", "Hormone Therapy", "Please keep in mind", "General information only",
                "Test Clinic", "(555) 010-0100")) {
            assertTrue(large.contains(expected), "large-print lacks: " + expected);
            assertTrue(handout.contains(expected), "handout lacks: " + expected);
        }
    }

    @Test
    void headingsAreLargerThanBodyText() throws IOException {
        List<Glyph> glyphs = glyphs(project.out().resolve("pdf/large-print/chemotherapy.pdf"));
        float title = glyphs.stream().filter(g -> g.page() == 1).map(Glyph::size).max(Float::compare).orElseThrow();
        assertTrue(title >= 30f, "title size " + title);
        float sectionHeading = glyphs.stream().filter(g -> g.text().equals("W")).map(Glyph::size) // "Why you might get chemo"
                .max(Float::compare).orElseThrow();
        assertTrue(sectionHeading >= 24f, "section heading size " + sectionHeading);
    }
}
