package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.handouts.testing.PrintedPages;
import org.handouts.testing.TestImages;
import org.handouts.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures and text that do not fit the page as written, in every layout and the booklet: each must be
 * printed whole, in proportion, inside the page, and the tagged PDF must stay valid.
 */
class PrintFidelityTest {

    static final String CODE = "BRCA2026ADJUVANTEXTENSIONSTUDYREFERENCE" + "X".repeat(60) + "END";
    static final String ADDRESS = "https://clinic.example/patients/medicines/week-chart/printable-version?lang=en&size=large&format=pdf&ref=handout-2026";
    static final List<String> LAYOUTS = List.of("handout", "large-print");

    @TempDir
    static Path temp;
    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG)
                .writeBytes("articles/images/wide.jpg", TestImages.jpeg(1200, 500))
                .writeBytes("articles/images/tall.jpg", TestImages.jpeg(600, 2400))
                .writeBytes("articles/images/square-hero.jpg", TestImages.jpeg(3000, 3000))
                .writeBytes("articles/images/pixel.png", TestImages.png(1, 1))
                .simpleArticle("pictures", "Pictures That Do Not Fit", """
                        heroImage: images/square-hero.jpg
                        heroAlt: "A round clock face"
                        tags: [tests]
                        """, """
                        A wide photo:

                        ![A wide photo of a garden](images/wide.jpg)

                        A tall one:

                        ![A tall photo of a tree](images/tall.jpg)

                        A decorative line: ![](images/wide.jpg)

                        A tracking pixel: ![Tracker](images/pixel.png)
                        """)
                .simpleArticle("long-words", "Long Words", "tags: [tests]\n", """
                        Your study code is %s.

                        Learn more at %s

                        | Code | Where |
                        | --- | --- |
                        | %s | %s |

                        [A file server](ftp://files.example/a.pdf), [another page](other-article.md).
                        """.formatted(CODE, ADDRESS, CODE, ADDRESS));
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    static List<Path> pdfs(String slug) {
        List<Path> all = new java.util.ArrayList<>(LAYOUTS.stream().map(l -> project.out().resolve("pdf/" + l + "/" + slug + ".pdf")).toList());
        all.add(project.out().resolve("booklet.pdf"));
        return all;
    }

    @Test
    void picturesAreInProportionInsideThePageAndNoneIsLost() throws IOException {
        for (Path pdf : pdfs("pictures")) {
            PrintedPages pages = PrintedPages.of(pdf);
            assertEquals(List.of(), pages.stretchedImages(0.02), pdf + ": stretched");
            assertEquals(List.of(), pages.imagesOffThePage(), pdf + ": outside the page");
            long photos = pages.images().stream().filter(i -> i.pixelWidth() > 100 && i.pixelWidth() != i.pixelHeight()).count();
            // hero (cropped to its band in 'handout', so no longer square there), wide, tall, decorative
            assertTrue(photos >= 3, pdf + ": " + pages.images());
            assertTrue(pages.images().stream().noneMatch(i -> i.pixelWidth() <= 2), pdf + ": the tracking pixel was drawn");
            assertFalse(pages.pages().stream().anyMatch(p -> p.text().contains("Tracker")), pdf.toString());
        }
    }

    @Test
    void theHeroBandShowsTheMiddleOfTheSquarePictureNotASquashedOne() throws IOException {
        PrintedPages pages = PrintedPages.of(project.out().resolve("pdf/handout/pictures.pdf"));
        PrintedPages.DrawnImage hero = pages.images().get(0);
        assertTrue(hero.width() > 2 * hero.height(), "the handout's hero is a wide band: " + hero);
        assertTrue(hero.stretch() < 1.02, hero.toString());
    }

    @Test
    void aTallPictureFitsOnOnePage() throws IOException {
        for (Path pdf : pdfs("pictures")) {
            PrintedPages pages = PrintedPages.of(pdf);
            PrintedPages.DrawnImage tall = pages.images().stream().filter(i -> i.pixelHeight() == 2400).findFirst().orElseThrow();
            double pageHeight = pages.pages().get(tall.page() - 1).box().getHeight();
            assertTrue(tall.height() < pageHeight * 0.9, pdf + ": " + tall);
        }
    }

    @Test
    void decorativePicturesAreArtifactsSoTheTaggedPdfStaysValid() throws IOException {
        for (String layout : LAYOUTS) {
            Path pdf = project.out().resolve("pdf/" + layout + "/pictures.pdf");
            assertEquals(List.of(), VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1), pdf.toString());
            assertEquals(List.of(), VeraPdf.failedRules(pdf, VeraPdf.PDF_A_3U), pdf.toString());
        }
    }

    @Test
    void longWordsAndAddressesBreakInsideThePageAndKeepEveryLetter() throws IOException {
        for (Path pdf : pdfs("long-words")) {
            PrintedPages pages = PrintedPages.of(pdf);
            assertEquals(List.of(), pages.glyphsOffThePage(), pdf.toString());
            String text = pages.pages().stream().map(PrintedPages.Page::text).reduce("", String::concat).replaceAll("\\s", "");
            assertTrue(text.contains(CODE) && text.contains(ADDRESS), pdf + ": the paragraph's code and address are printed whole");
            // In the table the two cells' lines interleave in the text, so count the code's letters instead.
            assertEquals(2 * CODE.chars().filter(ch -> ch == 'X').count(), text.chars().filter(ch -> ch == 'X').count(),
                    pdf + ": every letter of the code, in the text and in the table");
        }
    }

    @Test
    void linksGoOnlyToWebMailAndPhoneAddresses() throws IOException {
        for (Path pdf : pdfs("long-words")) {
            try (PDDocument doc = Pdfs.open(pdf)) {
                for (var page : doc.getPages()) {
                    for (var annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                            assertTrue(uri.getURI().matches("(?i)(https?:|mailto:|tel:).*"), pdf + ": " + uri.getURI());
                        }
                    }
                }
            }
            String text = PrintedPages.of(pdf).pages().stream().map(PrintedPages.Page::text).reduce("", String::concat);
            assertTrue(text.contains("A file server") && text.contains("another page"), "the words of a dead link stay");
        }
    }
}
