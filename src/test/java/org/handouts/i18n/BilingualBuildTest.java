package org.handouts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.PdfFacts;
import org.handouts.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four-language library built end to end: every handout in its own words and direction, the
 * translations linked both ways, PDF/UA-1 for each.
 */
class BilingualBuildTest {
    @TempDir
    static Path dir;
    static FixtureProject project;
    static FixtureProject.Run run;

    @BeforeAll
    static void build() {
        project = BilingualLibrary.create(dir);
        run = project.build();
    }

    private static Path pdf(String slug) {
        return project.out().resolve("pdf/handout/" + slug + ".pdf");
    }

    @Test
    void everyLanguageBuildsWithoutWarnings() {
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertEquals(4, run.result().articles(), run.stderr());
        assertEquals("", run.stderr());
    }

    @Test
    void theSpanishHandoutHasNoEnglishFixedWordAndSaysItsLanguage() throws IOException {
        PdfFacts spanish = PdfFacts.of(pdf("es/lavarse-las-manos"));
        assertEquals("es", spanish.language());
        List<String> english = fixedWords("en");
        assertTrue(english.size() > 20, english.toString());
        for (String phrase : english) {
            assertFalse(spanish.text().contains(phrase), "English '" + phrase + "' in the Spanish handout:\n" + spanish.text());
        }
        for (String expected : List.of("Temas:", "Tenga en cuenta", "Léala en internet", "Página 1 de 1",
                "Revisado el 1 de mayo de 2026", "Solo información general", "Vida diaria", "También en:")) {
            assertTrue(spanish.text().contains(expected), expected + " missing:\n" + spanish.text());
        }
        assertTrue(PdfFacts.of(pdf("washing-hands")).text().contains("Reviewed May 1, 2026"));
    }

    @Test
    void theSpanishWebPageIsInSpanishAndOffersItsTranslationsAndSpanishBooklets() throws IOException {
        String html = java.nio.file.Files.readString(project.out().resolve("site/es/lavarse-las-manos/index.html"));
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
        assertTrue(html.contains("<html lang=\"es\" dir=\"ltr\">"), html);
        List<String> english = new ArrayList<>(fixedWords("en"));
        english.removeAll(fixedWords("es")); // "(PDF)" is the same in both
        for (String phrase : english) {
            assertFalse(text.contains(phrase), "English '" + phrase + "' on the Spanish page:\n" + text);
        }
        for (String expected : List.of("Ir al contenido", "Imprima o guarde esta hoja", "Hoja informativa (PDF)", "Tenga en cuenta",
                "Solo información general", "Temas:", "Vida diaria", "Revisado el 1 de mayo de 2026", "También en:", "Todas las hojas informativas")) {
            assertTrue(text.contains(expected), expected + " missing:\n" + text);
        }
        assertTrue(html.contains("href=\"../../washing-hands/\" hreflang=\"en\""), html);
        assertTrue(html.contains("href=\"../../booklet.es.pdf\"") && html.contains("href=\"../../booklet.es.epub\""), html);
        String arabic = java.nio.file.Files.readString(project.out().resolve("site/ar/ghasl-alyadayn/index.html"));
        assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), arabic);
    }

    @Test
    void translationsLinkEachOtherBothWays() throws IOException {
        String base = "https://clinic.example/handouts/";
        assertTrue(links(pdf("washing-hands")).containsAll(List.of(base + "es/lavarse-las-manos", base + "ar/ghasl-alyadayn", base + "zh/xishou")),
                links(pdf("washing-hands")).toString());
        assertTrue(links(pdf("es/lavarse-las-manos")).contains(base + "washing-hands"), links(pdf("es/lavarse-las-manos")).toString());
        assertTrue(links(pdf("ar/ghasl-alyadayn")).contains(base + "washing-hands"));
        assertTrue(links(pdf("zh/xishou")).contains(base + "es/lavarse-las-manos"));
        String english = PdfFacts.of(pdf("washing-hands")).text();
        assertTrue(english.contains("Also in:") && english.contains("Español") && english.contains("中文"), english);
        assertTrue(PdfFacts.of(pdf("es/lavarse-las-manos")).text().contains("English"));
        // The QR code and the printed address lead to the reader's own language.
        assertTrue(PdfFacts.of(pdf("es/lavarse-las-manos")).text().replaceAll("\\s", "").contains(base + "es/lavarse-las-manos"));
    }

    @Test
    void theArabicHandoutIsRightToLeftAndItsTextExtractsInLogicalOrder() throws IOException {
        PdfFacts arabic = PdfFacts.of(pdf("ar/ghasl-alyadayn"));
        assertEquals("ar", arabic.language());
        String text = Normalizer.normalize(arabic.text(), Normalizer.Form.NFKC);
        // In logical (reading) order, as typed; a text drawn but not reordered would read backwards.
        for (String phrase : List.of("غسل اليدين", "متى تغسل يديك", "اتصل بنا إذا أصابتك حمى", "يرجى التذكر")) {
            assertTrue(text.contains(phrase), phrase + " not in:\n" + text);
            assertFalse(phrase.equals(new StringBuilder(phrase).reverse().toString()));
        }
        // Joined letters: the PDF draws the shaped (presentation) forms, not isolated letters.
        // (PDFBox's text output turns them back into letters; each drawn glyph is read before that.)
        assertTrue(PrintedText.of(pdf("ar/ghasl-alyadayn")).stream().anyMatch(d -> d.text().codePoints().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF)),
                "Arabic is not shaped");
        // The page is mirrored: the title starts at the right margin.
        assertTrue(PrintedText.firstLineStartX(pdf("ar/ghasl-alyadayn"), "غسل") > 300);
    }

    @Test
    void chineseLinesBreakBetweenCharactersButNeverBeforeClosingPunctuation() throws IOException {
        PdfFacts chinese = PdfFacts.of(pdf("zh/xishou"));
        assertEquals("zh-Hans", chinese.language());
        List<String> lines = chinese.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        // The long paragraph has no spaces, so it fills lines and breaks inside the text.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("手") || l.length() > 30), lines.toString());
        for (String line : lines) {
            assertFalse(line.startsWith("，") || line.startsWith("。") || line.startsWith("："), "line starts with punctuation: " + line);
        }
    }

    @Test
    void everyHandoutPassesPdfUa1() throws IOException {
        for (String slug : List.of("washing-hands", "es/lavarse-las-manos", "ar/ghasl-alyadayn", "zh/xishou")) {
            assertEquals(List.of(), VeraPdf.failedRules(pdf(slug), VeraPdf.PDF_UA_1), slug);
        }
    }

    @Test
    void oneBookletPerLanguage() {
        for (String name : List.of("booklet.epub", "booklet.pdf", "booklet.es.epub", "booklet.es.pdf", "booklet.ar.epub",
                "booklet.ar.pdf", "booklet.zh-hans.epub", "booklet.zh-hans.pdf")) {
            assertTrue(java.nio.file.Files.isRegularFile(project.out().resolve(name)), name + " " + run.stdout());
        }
    }

    @Test
    void theSpanishPrintedBookletIsInSpanish() throws IOException {
        PdfFacts booklet = PdfFacts.of(project.out().resolve("booklet.es.pdf"));
        assertEquals("es", booklet.language());
        assertEquals("Vivir bien", booklet.title());
        for (String expected : List.of("Temas", "Sobre este cuadernillo", "Contáctenos", "Lavarse las manos")) {
            assertTrue(booklet.text().contains(expected), expected);
        }
        assertFalse(booklet.text().contains("Washing Your Hands"), "only the Spanish articles");
        for (String phrase : fixedWords("en")) {
            assertFalse(booklet.text().contains(phrase), phrase);
        }
    }

    @Test
    void theArabicBookletIndexListsItsHandoutWithItsPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(project.out().resolve("booklet.ar.pdf").toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String index = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC);
            // A dotted leader pushed right-to-left entries off the page; the title and its page must be there.
            assertTrue(index.contains("المواضيع") && index.contains("غسل اليدين") && index.contains("3"), index);
        }
    }

    /** The English bundle's words, without arguments: each literal piece of four letters or more. */
    static List<String> fixedWords(String lang) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(Messages.class.getResourceAsStream("messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<String> words = new ArrayList<>();
        for (Object value : bundle.values()) {
            for (String piece : value.toString().replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "\u0000").split("\u0000")) {
                String phrase = piece.strip().replaceAll("[:,.]$", "").strip();
                if (phrase.length() >= 4 && phrase.matches(".*\\p{L}{3}.*")) {
                    words.add(phrase);
                }
            }
        }
        return words;
    }

    static List<String> links(Path pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
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
}
