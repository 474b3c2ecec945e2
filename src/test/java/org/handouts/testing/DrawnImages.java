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

/**
 * Every picture of a PDF as it is drawn, read back with PDFBox: its rectangle on the page (page space,
 * points) against its size in pixels and the page's MediaBox. Images drawn from patterns or forms are
 * found too, since the graphics engine walks into them.
 */
public record DrawnImages(Path file, List<Drawn> images) {

    /** One drawing of a picture on a 1-based page. */
    public record Drawn(int page, PDRectangle pageBox, double x, double y, double width, double height,
                        int pixelWidth, int pixelHeight) {
        /** How much the drawing stretches one axis against the other: 1.0 is in proportion. */
        public double stretch() {
            double drawn = width / height;
            double pixels = (double) pixelWidth / pixelHeight;
            return Math.max(drawn / pixels, pixels / drawn);
        }

        /** Inside the page box, give or take half a point of rounding. */
        public boolean onThePage() {
            double tolerance = 0.5;
            return x >= pageBox.getLowerLeftX() - tolerance && y >= pageBox.getLowerLeftY() - tolerance
                    && x + width <= pageBox.getUpperRightX() + tolerance && y + height <= pageBox.getUpperRightY() + tolerance;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "page %d: %dx%d px drawn %.1fx%.1f pt at (%.1f, %.1f), stretch %.3f",
                    page, pixelWidth, pixelHeight, width, height, x, y, stretch());
        }
    }

    public static DrawnImages of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Drawn> found = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                new Recorder(page, i + 1, found).processPage(page);
            }
            return new DrawnImages(pdf, List.copyOf(found));
        }
    }

    /** Pictures drawn out of proportion by more than {@code tolerance} (0.02 = 2%). */
    public List<Drawn> stretched(double tolerance) {
        return images.stream().filter(i -> i.stretch() > 1 + tolerance).toList();
    }

    public List<Drawn> offThePage() {
        return images.stream().filter(i -> !i.onThePage()).toList();
    }

    public List<Drawn> withPixelWidth(int pixelWidth) {
        return images.stream().filter(i -> i.pixelWidth() == pixelWidth).toList();
    }

    private static final class Recorder extends PDFGraphicsStreamEngine {
        private final int page;
        private final PDRectangle box;
        private final List<Drawn> into;

        Recorder(PDPage pdPage, int page, List<Drawn> into) {
            super(pdPage);
            this.page = page;
            this.box = pdPage.getMediaBox();
            this.into = into;
        }

        @Override
        public void drawImage(PDImage image) {
            // An image fills the unit square of its space; the current transformation maps that to the page.
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
            into.add(new Drawn(page, box, minX, minY, maxX - minX, maxY - minY, image.getWidth(), image.getHeight()));
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
