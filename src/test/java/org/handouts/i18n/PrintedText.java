package org.handouts.i18n;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every character PDFBox finds drawn in a PDF, with the font that drew it and where. */
final class PrintedText {

    record Drawn(String text, int[] codes, PDFont font, float x, float y) {
        /** Whether the font that drew this has a real glyph (not .notdef) for every code. */
        boolean hasGlyph() throws IOException {
            if (!(font instanceof PDVectorFont vector)) {
                return true;
            }
            for (int code : codes) {
                if (!vector.hasGlyph(code)) {
                    return false;
                }
            }
            return true;
        }
    }

    private PrintedText() { }

    static List<Drawn> of(Path pdf) throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.add(new Drawn(text.getUnicode(), text.getCharacterCodes(), text.getFont(), text.getX(), text.getY()));
                    super.processTextPosition(text);
                }
            };
            stripper.getText(doc);
        }
        return drawn;
    }

    /** The x of the leftmost glyph on the first line that has {@code word}'s first letter, for page-mirroring checks. */
    static float firstLineStartX(Path pdf, String word) throws IOException {
        List<Drawn> drawn = of(pdf);
        String first = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC).substring(0, 1);
        float y = Float.NaN;
        for (Drawn d : drawn) {
            if (d.y() > 100 && java.text.Normalizer.normalize(d.text(), java.text.Normalizer.Form.NFKC).contains(first)) {
                y = d.y();
                break;
            }
        }
        float line = y;
        return (float) drawn.stream().filter(d -> Math.abs(d.y() - line) < 1).mapToDouble(Drawn::x).min().orElse(0);
    }
}
