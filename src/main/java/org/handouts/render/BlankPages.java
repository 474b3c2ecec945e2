package org.handouts.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A page with nothing of the document on it is printed empty. Such pages are made when a layout starts a
 * chapter on a right-hand page ({@code page-break-before: right}); openhtmltopdf still draws the running
 * title of the chapter before and the page footer on them (it has no {@code @page :blank}). In a tagged
 * PDF the document's content is marked with structure ids (MCID) and page furniture is not, so a page
 * without a single MCID holds only furniture, and its drawing is removed.
 */
final class BlankPages {

    private BlankPages() { }

    /** @return how many pages were emptied */
    static int clear(PDDocument doc) {
        return clear(doc, java.util.Set.of());
    }

    /** As {@link #clear(PDDocument)}, leaving the pages in {@code keep} (from 0) as they are. */
    static int clear(PDDocument doc, java.util.Set<Integer> keep) {
        int cleared = 0;
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            if (!keep.contains(i) && !holdsContent(page)) {
                page.setContents(new PDStream(doc));
                page.getCOSObject().removeItem(COSName.ANNOTS);
                cleared++;
            }
        }
        return cleared;
    }

    private static boolean holdsContent(PDPage page) {
        try {
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof COSDictionary properties && properties.containsKey(COSName.MCID)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a page the renderer wrote", e);
        }
    }
}
