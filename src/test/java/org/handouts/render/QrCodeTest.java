package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QR code in a handout, read back the way a phone would: from the printed page's pixels. */
class QrCodeTest {

    @TempDir
    static Path temp;
    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG
                        + "site:\n  baseUrl: \"https://clinic.example/handouts\"\n")
                .simpleArticle("chemo", "Chemo", "tags: [treatment]\n", "Short text.")
                .simpleArticle("own-page", "Own Page", "url: \"https://elsewhere.example/own?page=1\"\n", "Short text.");
        FixtureProject.Run run = project.build(project.options().withBookletPdf(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    static Optional<String> decodeLastPage(Path pdf) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            BufferedImage page = Pdfs.render(doc, doc.getNumberOfPages(), 150);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return Optional.empty();
        }
    }

    static List<String> linkTargets(Path pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    @Test
    void theQrCodeOnThePageDecodesToTheSiteUrlOfTheArticle() throws IOException {
        assertEquals(Optional.of("https://clinic.example/handouts/chemo"), decodeLastPage(project.out().resolve("pdf/handout/chemo.pdf")));
        assertEquals(Optional.of("https://clinic.example/handouts/chemo"), decodeLastPage(project.out().resolve("pdf/large-print/chemo.pdf")));
    }

    @Test
    void anArticlesOwnUrlWinsOverTheSiteUrl() throws IOException {
        assertEquals(Optional.of("https://elsewhere.example/own?page=1"), decodeLastPage(project.out().resolve("pdf/handout/own-page.pdf")));
    }

    @Test
    void theCodeAndTheAddressAreClickableLinks() throws IOException {
        List<String> targets = linkTargets(project.out().resolve("pdf/handout/chemo.pdf"));
        // The code is one link and the address at least one more (a long address may wrap into two link areas).
        assertTrue(targets.stream().filter("https://clinic.example/handouts/chemo"::equals).count() >= 2, targets.toString());
        assertTrue(Pdfs.text(project.out().resolve("pdf/handout/chemo.pdf")).replaceAll("\\s+", "").contains("https://clinic.example/handouts/chemo"));
    }

    @Test
    void withoutAnyUrlThereIsNoCode(@TempDir Path other) throws IOException {
        FixtureProject plain = FixtureProject.create(other).simpleArticle("chemo", "Chemo", "", "Short text.");
        assertEquals(0, plain.build(plain.options().withBookletPdf(false)).result().exitCode());
        Path pdf = plain.out().resolve("pdf/handout/chemo.pdf");
        assertEquals(Optional.empty(), decodeLastPage(pdf));
        assertFalse(Pdfs.text(pdf).contains("Read this online"));
    }
}
