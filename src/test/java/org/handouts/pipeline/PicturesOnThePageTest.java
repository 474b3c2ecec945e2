package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.testing.DrawnImages;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.PdfFacts;
import org.handouts.testing.TestImages;
import org.handouts.testing.TestServer;
import org.handouts.testing.VeraPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures as they are printed, measured on the PDFs of a whole build (every layout and the booklet):
 * drawn in proportion, inside the page, decorative ones as artifacts, and none fetched that the body
 * does not show.
 */
class PicturesOnThePageTest {

    @TempDir
    static Path temp;

    static TestServer server;
    static FixtureProject project;
    static FixtureProject.Run run;

    static final List<String> NEVER_SHOWN = List.of("/in-comment.png", "/in-inline-code.png", "/in-fence.png",
            "/in-indented.png", "/escaped.png");

    @BeforeAll
    static void build() throws Exception {
        server = new TestServer();
        server.serve("/wide.png", "image/png", TestImages.png(1200, 500));
        // The server sees the address as escaped: the article writes a plain space.
        server.serve("/hero%20big.jpg", "image/jpeg", TestImages.jpeg(3000, 2000));
        server.serve("/decor.png", "image/png", TestImages.png(300, 40));
        server.serve("/pixel.png", "image/png", TestImages.png(1, 1));
        byte[] photo = TestImages.jpeg(900, 700);
        server.serve("/cut.jpg", "image/jpeg", Arrays.copyOf(photo, photo.length / 2));
        for (String path : NEVER_SHOWN) {
            server.serve(path, "image/png", TestImages.png(50, 50));
        }
        String body = """
                A wide picture:

                ![A wide chart](%1$s/wide.png)

                <img alt="" src="%1$s/decor.png">

                A tracking pixel <img alt="Pixel" src="%1$s/pixel.png"> and a cut-off photo:

                ![A cut-off photo](%1$s/cut.jpg)

                <!-- ![Not shown](%1$s/in-comment.png) -->

                Inline code: `![Not shown](%1$s/in-inline-code.png)` and \\![Not shown](%1$s/escaped.png).

                ```
                ![Not shown](%1$s/in-fence.png)
                ```

                Indented code:

                    ![Not shown](%1$s/in-indented.png)

                A local file <img alt="Secret" src="file:///etc/passwd"> is never read.
                """.formatted(server.url(""));
        project = FixtureProject.create(temp).serving()
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG)
                .simpleArticle("pictures", "Pictures", "heroImage: \"" + server.url("/hero big.jpg") + "\"\nheroAlt: \"A hero\"\n", body);
        run = project.build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Path> pdfs() throws Exception {
        try (Stream<Path> files = Files.walk(project.out())) {
            return files.filter(f -> f.toString().endsWith(".pdf") && !f.startsWith(project.out().resolve("site"))).sorted().toList();
        }
    }

    @Test
    void everyLayoutAndTheBookletIsBuilt() throws Exception {
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertEquals(3, pdfs().size(), pdfs().toString());
    }

    @Test
    void noPictureIsStretchedOrOffThePage() throws Exception {
        for (Path pdf : pdfs()) {
            DrawnImages drawn = DrawnImages.of(pdf);
            assertTrue(drawn.images().size() >= 2, pdf + ": " + drawn.images());
            assertEquals(List.of(), drawn.stretched(0.02), pdf.toString());
            assertEquals(List.of(), drawn.offThePage(), pdf.toString());
        }
    }

    @Test
    void theWidePictureFitsTheColumnAndTheHeroIsCroppedToItsBox() throws Exception {
        for (Path pdf : pdfs()) {
            DrawnImages drawn = DrawnImages.of(pdf);
            List<DrawnImages.Drawn> wide = drawn.images().stream()
                    .filter(i -> Math.abs((double) i.pixelWidth() / i.pixelHeight() - 1200.0 / 500) < 0.02).toList();
            assertEquals(1, wide.size(), pdf + ": " + drawn.images());
            assertTrue(wide.get(0).width() < wide.get(0).pageBox().getWidth() - 72, pdf + ": " + wide.get(0));
        }
        // The handout's hero box is wider than 3:2, so its picture is cropped (not squeezed) to that shape.
        DrawnImages handout = DrawnImages.of(project.out().resolve("pdf/handout/pictures.pdf"));
        assertTrue(handout.images().stream().anyMatch(i -> (double) i.pixelWidth() / i.pixelHeight() > 2.0), handout.images().toString());
    }

    @Test
    void specksDamagedPicturesAndLocalFilesAreLeftOutWithLocatedWarnings() throws Exception {
        for (Path pdf : pdfs()) {
            DrawnImages drawn = DrawnImages.of(pdf);
            assertEquals(List.of(), drawn.images().stream().filter(i -> i.pixelWidth() <= 2 || i.pixelHeight() <= 2).toList(), pdf.toString());
            assertEquals(List.of(), drawn.images().stream().filter(i -> i.pixelWidth() * 7 == i.pixelHeight() * 9).toList(),
                    pdf + ": the cut-off photo is not printed");
        }
        String text = PdfFacts.of(project.out().resolve("pdf/handout/pictures.pdf")).text();
        assertFalse(text.contains("[Picture"), text);
        assertFalse(text.contains("passwd"), text);
        assertTrue(text.contains("A cut-off photo"), "its alternative text is printed instead: " + text);
        assertTrue(run.stderr().contains("articles/pictures.md:") && run.stderr().contains("cut.jpg") && run.stderr().contains("damaged"),
                run.stderr());
        assertTrue(run.stderr().lines().anyMatch(l -> l.matches(".*articles/pictures\\.md:\\d+:\\d+: warning: .*file:///etc/passwd.*")),
                run.stderr());
    }

    @Test
    void aHeroAddressWithASpaceIsFetched() {
        assertEquals(1, server.count("/hero%20big.jpg"), server.requests.toString());
        assertFalse(run.stderr().contains("links are not fetched"), run.stderr());
    }

    @Test
    void picturesTheBodyDoesNotShowAreNeverRequested() {
        for (String path : NEVER_SHOWN) {
            assertEquals(0, server.count(path), path + ": " + server.requests);
        }
    }

    @Test
    void theDecorativePictureKeepsPdfUaValid() throws Exception {
        List<String> failed = new ArrayList<>();
        for (Path pdf : pdfs()) {
            failed.addAll(VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1));
        }
        assertEquals(List.of(), failed);
    }
}
