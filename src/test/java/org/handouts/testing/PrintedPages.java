package org.handouts.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where things land on the printed pages, read back with PDFBox: each picture's drawn rectangle against
 * its pixels, each bookmark's page against the text of that page, each glyph against the page box. These
 * are the facts a patient holding the paper would notice.
 */
public record PrintedPages(Path file, List<Page> pages, List<Bookmark> bookmarks) {

    /** One page: its box, its text in reading order, its pictures and its glyphs. */
    public record Page(int number, PDRectangle box, String text, List<DrawnImage> images, List<Glyph> glyphs) { }

    /** A picture as drawn: its rectangle on the page (points, origin bottom left) and its size in pixels. */
    public record DrawnImage(int page, double x, double y, double width, double height, int pixelWidth, int pixelHeight) {
        /** How much the drawing stretches one axis against the other: 1.0 is in proportion. */
        public double stretch() {
            double drawn = width / height;
            double pixels = (double) pixelWidth / pixelHeight;
            return Math.max(drawn / pixels, pixels / drawn);
        }

        public boolean inside(PDRectangle box) {
            double tolerance = 0.5;
            return x >= box.getLowerLeftX() - tolerance && y >= box.getLowerLeftY() - tolerance
                    && x + width <= box.getUpperRightX() + tolerance && y + height <= box.getUpperRightY() + tolerance;
        }
    }

    /** One drawn character and where it lies (points, origin top left, as PDFBox reports text). */
    public record Glyph(String text, float x, float y, float width) { }

    /** An outline item: its title, the 1-based page it opens, and the y it opens at (points from the top), if given. */
    public record Bookmark(String title, int page, Float topFromTop) { }

    public static PrintedPages of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                ImageFinder images = new ImageFinder(page, i + 1);
                images.processPage(page);
                GlyphStripper glyphs = new GlyphStripper();
                glyphs.setSortByPosition(true);
                glyphs.setStartPage(i + 1);
                glyphs.setEndPage(i + 1);
                String text = glyphs.getText(doc);
                pages.add(new Page(i + 1, page.getMediaBox(), text, List.copyOf(images.found), List.copyOf(glyphs.found)));
            }
            List<Bookmark> bookmarks = new ArrayList<>();
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                collect(doc, doc.getDocumentCatalog().getDocumentOutline(), bookmarks);
            }
            return new PrintedPages(pdf, List.copyOf(pages), List.copyOf(bookmarks));
        }
    }

    public List<DrawnImage> images() {
        return pages.stream().flatMap(p -> p.images().stream()).toList();
    }

    /** Pictures drawn out of proportion by more than {@code tolerance} (0.02 = 2%). */
    public List<DrawnImage> stretchedImages(double tolerance) {
        return images().stream().filter(i -> i.stretch() > 1 + tolerance).toList();
    }

    public List<DrawnImage> imagesOffThePage() {
        List<DrawnImage> off = new ArrayList<>();
        for (Page page : pages) {
            page.images().stream().filter(i -> !i.inside(page.box())).forEach(off::add);
        }
        return off;
    }

    /** Characters drawn (even partly) outside the page box, as "page N: text". */
    public List<String> glyphsOffThePage() {
        List<String> off = new ArrayList<>();
        for (Page page : pages) {
            float width = page.box().getWidth();
            float height = page.box().getHeight();
            for (Glyph g : page.glyphs()) {
                if (g.text().isBlank()) {
                    continue;
                }
                if (g.x() < -0.5f || g.x() + g.width() > width + 0.5f || g.y() < 0 || g.y() > height) {
                    off.add("page " + page.number() + ": '" + g.text() + "' at x=" + g.x());
                }
            }
        }
        return off;
    }

    /**
     * Bookmarks whose page does not show their heading. Text is compared without spaces and hyphens,
     * since a heading may be broken over lines.
     */
    public List<String> misplacedBookmarks() {
        List<String> wrong = new ArrayList<>();
        for (Bookmark bookmark : bookmarks) {
            if (bookmark.page() < 1) {
                wrong.add(bookmark.title() + " -> no page");
                continue;
            }
            String pageText = squeeze(pages.get(bookmark.page() - 1).text());
            if (!pageText.contains(squeeze(bookmark.title()))) {
                wrong.add(bookmark.title() + " -> page " + bookmark.page());
            }
        }
        return wrong;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00AD\\-‐]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static void collect(PDDocument doc, PDOutlineNode node, List<Bookmark> into) throws IOException {
        for (PDOutlineItem item : node.children()) {
            int page = -1;
            Float top = null;
            if (item.getDestination() instanceof PDPageDestination dest) {
                page = dest.retrievePageNumber() + 1;
                if (dest instanceof PDPageXYZDestination xyz && dest.getPage() != null) {
                    top = dest.getPage().getMediaBox().getHeight() - xyz.getTop();
                }
            } else if (item.findDestinationPage(doc) != null) {
                page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
            }
            into.add(new Bookmark(item.getTitle(), page, top));
            collect(doc, item, into);
        }
    }

    private static final class GlyphStripper extends PDFTextStripper {
        final List<Glyph> found = new ArrayList<>();

        GlyphStripper() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            found.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj()));
        }
    }

    private static final class ImageFinder extends PDFGraphicsStreamEngine {
        final List<DrawnImage> found = new ArrayList<>();
        private final int page;

        ImageFinder(PDPage pdPage, int page) {
            super(pdPage);
            this.page = page;
        }

        @Override
        public void drawImage(PDImage image) {
            // The image space is the unit square, mapped to the page by the current transformation matrix.
            var ctm = getGraphicsState().getCurrentTransformationMatrix();
            Point2D.Float[] corners = {
                    ctm.transformPoint(0, 0), ctm.transformPoint(1, 0), ctm.transformPoint(0, 1), ctm.transformPoint(1, 1)};
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Point2D.Float c : corners) {
                minX = Math.min(minX, c.x);
                minY = Math.min(minY, c.y);
                maxX = Math.max(maxX, c.x);
                maxY = Math.max(maxY, c.y);
            }
            found.add(new DrawnImage(page, minX, minY, maxX - minX, maxY - minY, image.getWidth(), image.getHeight()));
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void fillPath(int windingRule) { }
        @Override public void fillAndStrokePath(int windingRule) { }
        @Override public void shadingFill(COSName shadingName) { }
    }
}
