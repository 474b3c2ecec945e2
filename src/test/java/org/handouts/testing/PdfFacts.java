package org.handouts.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What PDFBox reads from a written PDF: the facts tests assert on. */
public record PdfFacts(int pages, String text, List<String> fonts, List<String> unembeddedFonts, int images,
                       String title, String author, String subject, String keywords, String language,
                       float pageWidth, float pageHeight) {

    public static PdfFacts of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> fonts = new ArrayList<>();
            List<String> unembedded = new ArrayList<>();
            int[] images = {0};
            for (PDPage page : doc.getPages()) {
                scan(page.getResources(), fonts, unembedded, images, 0);
            }
            var info = doc.getDocumentInformation();
            PDPage first = doc.getPage(0);
            PDFTextStripper stripper = new PDFTextStripper();
            // Reading order by position, as a person reads the page (running footers are drawn out of order).
            stripper.setSortByPosition(true);
            return new PdfFacts(doc.getNumberOfPages(), stripper.getText(doc), fonts, unembedded, images[0],
                    info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords(),
                    doc.getDocumentCatalog().getLanguage(),
                    first.getMediaBox().getWidth(), first.getMediaBox().getHeight());
        }
    }

    private static void scan(PDResources resources, List<String> fonts, List<String> unembedded, int[] images, int depth)
            throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                unembedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images[0]++;
            } else if (object instanceof PDFormXObject form) {
                scan(form.getResources(), fonts, unembedded, images, depth + 1);
            }
        }
    }
}
