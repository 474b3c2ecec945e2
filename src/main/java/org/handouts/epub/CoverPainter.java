package org.handouts.epub;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.handouts.render.FontFace;
import org.handouts.render.FontLibrary;

/**
 * Paints the booklet's cover from the brand: the primary colour as background, the booklet title large
 * and bold, the clinic's name below. A portrait 2:3 PNG, the shape store listings and readers expect.
 * The same inputs give the same bytes: Java's PNG writer adds no time or other metadata unless asked.
 */
final class CoverPainter {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2400;
    private static final int MARGIN = 150;
    private static final int BAND = 260;

    private final Font regular;
    private final Font bold;

    CoverPainter(FontLibrary fonts, String family) {
        this.regular = load(fonts, family, false).orElse(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        this.bold = load(fonts, family, true).orElse(new Font(Font.SANS_SERIF, Font.BOLD, 10));
    }

    /**
     * @param footer a short line for the band at the foot (the clinic's website), or blank
     */
    byte[] paint(String title, String clinicName, String footer, Color background) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(background);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color ink = readableOn(background);
            int width = WIDTH - 2 * MARGIN;

            // The clinic's name and a rule at the top: whose booklet it is, readable even as a thumbnail.
            g.setColor(ink);
            Font clinicFont = fit(g, regular, clinicName, width, 84, 3);
            int y = drawLines(g, clinicFont, wrap(g.getFontMetrics(clinicFont), clinicName, width), 260);
            y += 70;
            g.fillRect(MARGIN, y, 360, 14);
            int top = y + 14;

            // A quiet band at the foot with the website.
            int band = HEIGHT - BAND;
            g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 40));
            g.fillRect(0, band, WIDTH, BAND);
            g.setColor(ink);
            if (!footer.isBlank()) {
                Font footerFont = fit(g, regular, footer, width, 64, 1);
                FontMetrics metrics = g.getFontMetrics(footerFont);
                drawLines(g, footerFont, List.of(footer), band + (BAND - metrics.getAscent() - metrics.getDescent()) / 2);
            }

            // The title, large and bold, centred in the space between.
            Font titleFont = fit(g, bold, title, width, 170, 6);
            List<String> lines = wrap(g.getFontMetrics(titleFont), title, width);
            int height = Math.round(titleFont.getSize2D() * 1.15f) * lines.size();
            drawLines(g, titleFont, lines, Math.max(top + 120, top + (band - top - height) / 2 - 80));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer available for the cover");
        }
        return png.toByteArray();
    }

    /** Black or white, whichever has the higher WCAG contrast with the background. */
    static Color readableOn(Color background) {
        double l = luminance(background);
        double withWhite = 1.05 / (l + 0.05);
        double withBlack = (l + 0.05) / 0.05;
        return withWhite >= withBlack ? Color.WHITE : new Color(0x1A, 0x1A, 0x1A);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The largest size up to {@code size} at which the text wraps into at most {@code maxLines} lines without overflowing. */
    private static Font fit(Graphics2D g, Font base, String text, int width, float size, int maxLines) {
        Font font = base.deriveFont(size);
        while (font.getSize2D() > 40) {
            FontMetrics metrics = g.getFontMetrics(font);
            List<String> lines = wrap(metrics, text, width);
            boolean fits = lines.size() <= maxLines && lines.stream().allMatch(l -> metrics.stringWidth(l) <= width);
            if (fits) {
                return font;
            }
            font = font.deriveFont(font.getSize2D() * 0.9f);
        }
        return font;
    }

    private static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws lines whose tops start at {@code top}; returns the y below the last line. */
    private static int drawLines(Graphics2D g, Font font, List<String> lines, int top) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int lineHeight = Math.round(font.getSize2D() * 1.15f);
        int baseline = top + metrics.getAscent();
        for (String line : lines) {
            g.drawString(line, MARGIN, baseline);
            baseline += lineHeight;
        }
        return baseline - lineHeight + metrics.getDescent();
    }

    private static Optional<Font> load(FontLibrary fonts, String family, boolean bold) {
        Optional<FontFace> face = fonts.faces().stream()
                .filter(f -> f.family().equals(family) && !f.italic() && (f.weight() >= 600) == bold)
                .findFirst();
        if (face.isEmpty()) {
            return Optional.empty();
        }
        Path file = face.get().file();
        try {
            return Optional.of(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
        } catch (FontFormatException | IOException e) {
            return Optional.empty();
        }
    }
}
