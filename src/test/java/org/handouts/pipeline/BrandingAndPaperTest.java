package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clinics, the same articles and layouts: only handouts.yml differs. Every output (both layouts and
 * the booklet) carries the clinic's name and colour, and is printed on the clinic's paper.
 */
class BrandingAndPaperTest {

    static final String SECOND_BRAND = """
            title: "Harbour Booklet"
            language: en
            paper: a4
            layouts: [handout, large-print]
            brand:
              clinicName: "Harbour Cancer Centre"
              primaryColor: "#7A1F3D"
              phone: "+44 20 7946 0000"
              disclaimer: "Harbour general guidance only."
            """;

    static final List<String> OUTPUTS = List.of("pdf/handout/chemo.pdf", "pdf/large-print/chemo.pdf", "booklet.pdf");

    @TempDir
    static Path temp;
    static FixtureProject first;
    static FixtureProject second;

    @BeforeAll
    static void buildBoth() {
        first = project(temp.resolve("first"), FixtureProject.BOTH_LAYOUTS_CONFIG);
        second = project(temp.resolve("second"), SECOND_BRAND);
    }

    static FixtureProject project(Path folder, String config) {
        FixtureProject project = FixtureProject.create(folder).config(config)
                .simpleArticle("chemo", "Chemo", "tags: [treatment]\n", "## What it is\n\nShort text about chemo.");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        return project;
    }

    /** Pixels within a small distance of the colour (anti-aliased edges are not counted). */
    static int pixelsOf(Path pdf, int rgb) {
        try (PDDocument doc = Pdfs.open(pdf)) {
            int count = 0;
            for (int page = 1; page <= Math.min(3, doc.getNumberOfPages()); page++) {
                BufferedImage image = Pdfs.render(doc, page, 72);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int p = image.getRGB(x, y);
                        if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= 3
                                && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 3
                                && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 3) {
                            count++;
                        }
                    }
                }
            }
            return count;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyOutputCarriesItsOwnClinicsNameAndNotTheOther() {
        for (String output : OUTPUTS) {
            String one = Pdfs.text(first.out().resolve(output));
            String two = Pdfs.text(second.out().resolve(output));
            assertTrue(one.contains("Test Clinic"), output);
            assertFalse(one.contains("Harbour"), output);
            assertTrue(two.contains("Harbour Cancer Centre"), output);
            assertTrue(two.contains("Harbour general guidance only."), output);
            assertFalse(two.contains("Test Clinic"), output);
        }
    }

    @Test
    void everyOutputIsPaintedInItsOwnClinicsColour() {
        int blue = 0x1F5C99;
        int wine = 0x7A1F3D;
        for (String output : OUTPUTS) {
            assertTrue(pixelsOf(first.out().resolve(output), blue) > 50, output + " lacks the first brand colour");
            assertEquals(0, pixelsOf(first.out().resolve(output), wine), output);
            assertTrue(pixelsOf(second.out().resolve(output), wine) > 50, output + " lacks the second brand colour");
            assertEquals(0, pixelsOf(second.out().resolve(output), blue), output);
        }
    }

    @Test
    void everyPageIsOnTheConfiguredPaper() {
        for (String output : OUTPUTS) {
            assertPaper(first.out().resolve(output), 612f, 792f);
            assertPaper(second.out().resolve(output), 595.28f, 841.89f);
        }
    }

    static void assertPaper(Path pdf, float width, float height) {
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i).getMediaBox();
                assertEquals(width, box.getWidth(), 1f, pdf + " page " + (i + 1));
                assertEquals(height, box.getHeight(), 1f, pdf + " page " + (i + 1));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
