package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.handouts.config.BuildOptions;
import org.handouts.epub.EpubCheckRun;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's website repository built as it is (src/test/resources/org/handouts/libraries/health-site):
 * articles in folders under {@code src/content/guides}, a hero in {@code src/assets} outside the articles
 * folder, a YouTube iframe, a video and a sound, links between articles written every way a site writes
 * them (relative, {@code ../}, root-absolute, {@code #part}, and one to a page that is gone) and a table of
 * 130 rows of long cells. Every output is read back: PDFBox for the PDFs, EPUBCheck for the book.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebsiteLibraryBuildTest {

    private static final Path FIXTURE = Path.of("src/test/resources/org/handouts/libraries/health-site");
    private static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    FixtureProject project;
    FixtureProject.Run run;

    @BeforeAll
    void buildOnce(@TempDir Path temp) throws IOException {
        project = FixtureProject.create(temp);
        copyTree(FIXTURE, project.root());
        BuildOptions defaults = project.options();
        BuildOptions options = new BuildOptions(project.root().resolve("src/content/guides"), defaults.layouts(), defaults.fonts(),
                defaults.config(), defaults.out(), defaults.cache(), defaults.layoutNames(), true, 2, false, true);
        run = project.build(options);
    }

    @Test
    void everyArticleBuildsAndTheOnlyWarningIsTheLinkToAPageThatIsGone() {
        assertEquals(0, run.result().exitCode(), run.stderr());
        for (String slug : List.of("tremor", "exercise", "sleep")) {
            assertTrue(Files.isRegularFile(handout(slug)), slug + ": " + run.stderr());
        }
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.pdf")), run.stderr());
        List<String> warnings = run.stderrLines().stream().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(1, warnings.size(), run.stderr());
        assertTrue(warnings.get(0).contains("managing-symptoms/tremor.md:21:6: warning: link '../living-well/gone.md'"
                + " leads to no article of the library"), warnings.get(0));
    }

    @Test
    void theHeroFromSrcAssetsOutsideTheArticlesFolderIsOnPageOne() throws IOException {
        try (PDDocument doc = Pdfs.open(handout("tremor"))) {
            List<PDImageXObject> images = images(doc.getPage(0));
            assertTrue(images.stream().anyMatch(i -> i.getWidth() >= 300), "page 1 images: " + images.size());
        }
    }

    @Test
    void theVideoIsALineWithItsAddressAndAQrCodeToIt() throws IOException {
        String text = Pdfs.text(handout("tremor")).replaceAll("\\s+", " ");
        assertTrue(text.contains("Video: Hand exercises for a tremor — " + VIDEO), text);
        assertTrue(uris(handout("tremor")).contains(VIDEO));
        assertTrue(qrCodes(handout("tremor")).contains(VIDEO), "QR codes: " + qrCodes(handout("tremor")));
        String sleep = Pdfs.text(handout("sleep")).replaceAll("\\s+", " ");
        assertTrue(sleep.contains("Video: Sleep tips from our nurses — https://media.example.org/sleep-tips.mp4"), sleep);
        String exercise = Pdfs.text(handout("exercise")).replaceAll("\\s+", " ");
        assertTrue(exercise.contains("Audio: A calm breathing exercise — https://media.example.org/breathing.mp3"), exercise);
    }

    @Test
    void inASingleHandoutALinkToAnotherArticleLeadsToItOnline() throws IOException {
        Set<String> uris = uris(handout("tremor"));
        assertTrue(uris.contains("https://clinic.example/handouts/living-well/exercise"), uris.toString());
        assertTrue(uris.contains("https://clinic.example/handouts/living-well/exercise#staying-safe"), uris.toString());
        assertTrue(uris.contains("https://clinic.example/handouts/living-well/sleep"), uris.toString());
        assertTrue(uris.stream().noneMatch(u -> u.contains(".md") || u.contains("gone")), uris.toString());
    }

    @Test
    void inTheBookletLinksBetweenArticlesLeadToTheirPages() throws IOException {
        Path booklet = project.out().resolve("booklet.pdf");
        assertTrue(uris(booklet).stream().noneMatch(u -> u.contains(".md") || u.contains("booklet.invalid") || u.contains("#")),
                uris(booklet).toString());
        try (PDDocument doc = Pdfs.open(booklet)) {
            int safety = pageWith(doc, "Stop and rest if you feel dizzy");
            int tremor = pageWith(doc, "A tremor is shaking you cannot control");
            Map<String, Integer> targets = new java.util.HashMap<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageDestination destination) {
                        targets.merge(textUnder(doc, p, link), doc.getPages().indexOf(destination.getPage()), Math::max);
                    }
                }
            }
            // A link's words may wrap onto two lines (two link areas): each area is read for the words under it.
            assertEquals(safety, target(targets, "staying"), targets.toString());
            assertEquals(safety, target(targets, "when you move"), targets.toString());
            assertEquals(tremor, target(targets, "living with a tremor"), targets.toString());
            int exercise = pageWith(doc, "Moving a little each day can help");
            assertEquals(exercise, target(targets, "moving more"), targets.toString());
            assertEquals(pageWith(doc, "Go to bed at the same time"), target(targets, "sleeping well"), targets.toString());
            assertTrue(targets.keySet().stream().noneMatch(k -> k.contains("old page")), targets.toString());
        }
    }

    @Test
    void theLongTableStaysInsideThePageWithItsHeaderOnEveryPage() throws IOException {
        try (PDDocument doc = Pdfs.open(handout("exercise"))) {
            assertTrue(doc.getNumberOfPages() >= 4, "pages: " + doc.getNumberOfPages());
            int tablePages = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String text = Pdfs.pageText(doc, p);
                if (text.contains("Start with a few minutes")) {
                    tablePages++;
                    assertTrue(text.contains("How to start") && text.contains("Staying safe"), "page " + p + " has no header row:\n" + text);
                }
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                Rectangle2D.Float ink = inkBox(doc, p);
                assertTrue(ink.x >= 0 && ink.x + ink.width <= box.getWidth() - 18, "page " + p + " text reaches " + (ink.x + ink.width)
                        + " of " + box.getWidth());
            }
            assertTrue(tablePages >= 3, "the table runs over pages: " + tablePages);
            assertTrue(Pdfs.text(handout("exercise")).replaceAll("\\s+", " ").contains("Light weights 130"), "every row is printed");
        }
    }

    @Test
    void theEpubLinksChaptersAndPassesEpubCheck() throws IOException {
        Path epub = project.out().resolve("booklet.epub");
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(epub)));
        String tremor = chapter(epub, "tremor");
        assertTrue(tremor.matches("(?s).*<a href=\"[^\"]*exercise[^\"]*\\.xhtml#staying-safe\"[^>]*>staying safe when you move</a>.*"), tremor);
        assertTrue(tremor.contains(VIDEO) && !tremor.contains("embed-qr") && !tremor.contains("<iframe"), tremor);
        assertFalse(tremor.contains("gone.md"), tremor);
    }

    @Test
    void theWebEditionLinksArticlePagesAndShowsTheVideoAsALink() throws IOException {
        Path page;
        try (Stream<Path> files = Files.walk(project.out().resolve("site"))) {
            page = files.filter(f -> f.toString().replace('\\', '/').endsWith("tremor/index.html")).findFirst().orElseThrow();
        }
        String html = Files.readString(page);
        assertTrue(html.contains("href=\"../../living-well/exercise/#staying-safe\""), html.substring(Math.max(0, html.indexOf("<main"))));
        assertTrue(html.contains("href=\"" + VIDEO + "\""), html);
        assertFalse(html.contains("embed-qr") || html.contains("<iframe"), html);
    }

    @Test
    void theHandoutWithTheVideoAndTheBookletWithItsPageLinksStayAccessibleAndArchivable() throws IOException {
        for (Path pdf : List.of(handout("tremor"), project.out().resolve("booklet.pdf"))) {
            assertEquals(List.of(), org.handouts.testing.VeraPdf.failedRules(pdf, org.handouts.testing.VeraPdf.PDF_UA_1), pdf.toString());
            assertEquals(List.of(), org.handouts.testing.VeraPdf.failedRules(pdf, org.handouts.testing.VeraPdf.PDF_A_3U), pdf.toString());
        }
    }

    private Path handout(String slug) {
        try (Stream<Path> files = Files.walk(project.out().resolve("pdf/handout"))) {
            return files.filter(f -> f.getFileName().toString().equals(slug + ".pdf")).findFirst()
                    .orElse(project.out().resolve("pdf/handout/" + slug + ".pdf"));
        } catch (IOException e) {
            return project.out().resolve("pdf/handout/" + slug + ".pdf");
        }
    }

    private static String chapter(Path epub, String slug) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith(".xhtml") && e.getName().contains(slug)).findFirst().orElseThrow();
            return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> found = new ArrayList<>();
        collect(page.getResources(), found, 0);
        return found;
    }

    private static void collect(PDResources resources, List<PDImageXObject> found, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                found.add(image);
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), found, depth + 1);
            }
        }
    }

    private static Set<String> uris(Path pdf) throws IOException {
        Set<String> uris = new TreeSet<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        }
                    }
                }
            }
        }
        return uris;
    }

    private static Set<String> qrCodes(Path pdf) throws IOException {
        Set<String> texts = new TreeSet<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                var image = Pdfs.render(doc, p, 150);
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                try {
                    for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                        texts.add(result.getText());
                    }
                } catch (NotFoundException e) {
                    // no code on this page
                }
            }
        }
        return texts;
    }

    private static int target(Map<String, Integer> targets, String words) {
        return targets.entrySet().stream().filter(e -> e.getKey().contains(words)).map(Map.Entry::getValue).findFirst().orElse(-2);
    }

    private static int pageWith(PDDocument doc, String words) {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (Pdfs.pageText(doc, p).replaceAll("\\s+", " ").contains(words)) {
                return p - 1;
            }
        }
        throw new AssertionError("no page has: " + words);
    }

    private static String textUnder(PDDocument doc, int page, PDAnnotationLink link) throws IOException {
        PDRectangle r = link.getRectangle();
        float height = doc.getPage(page).getMediaBox().getHeight();
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX() - 2, height - r.getUpperRightY(), r.getWidth() + 4, r.getHeight()));
        area.extractRegions(doc.getPage(page));
        return area.getTextForRegion("link").replaceAll("\\s+", " ").strip();
    }

    /** The box holding every character drawn on page {@code p} (1-based). */
    private static Rectangle2D.Float inkBox(PDDocument doc, int p) throws IOException {
        float[] box = {Float.MAX_VALUE, 0, 0, 0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                    box[0] = Math.min(box[0], t.getXDirAdj());
                    box[2] = Math.max(box[2], t.getXDirAdj() + t.getWidthDirAdj());
                }
            }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        return new Rectangle2D.Float(box[0] == Float.MAX_VALUE ? 0 : box[0], 0, box[2] - (box[0] == Float.MAX_VALUE ? 0 : box[0]), 0);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
