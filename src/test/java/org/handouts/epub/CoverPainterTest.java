package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.handouts.render.FontLibrary;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;

class CoverPainterTest {

    private static final Color BRAND = new Color(0x1F, 0x5C, 0x99);

    @Test
    void coverIsAPortraitPngInTheBrandColourWithTheWordsOnIt() throws IOException {
        CoverPainter painter = new CoverPainter(FontLibrary.scan(FixtureProject.FONTS), "Atkinson Hyperlegible");
        byte[] png = painter.paint("Living Well With Breast Cancer", "Riverbend Clinic", "riverbend.example", BRAND);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CoverPainter.WIDTH, image.getWidth());
        assertEquals(CoverPainter.HEIGHT, image.getHeight());
        assertEquals(BRAND.getRGB(), image.getRGB(5, 5));
        // White text was drawn: some pixels are far lighter than the background.
        long light = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFF) > 0xF0) {
                    light++;
                }
            }
        }
        assertTrue(light > 1000, "text pixels: " + light);
    }

    @Test
    void sameInputsGiveTheSameBytesWithNoTimestampChunks() throws IOException {
        FontLibrary fonts = FontLibrary.scan(FixtureProject.FONTS);
        byte[] first = new CoverPainter(fonts, "Atkinson Hyperlegible").paint("Title", "Clinic", "", BRAND);
        byte[] second = new CoverPainter(fonts, "Atkinson Hyperlegible").paint("Title", "Clinic", "", BRAND);
        assertArrayEquals(first, second);
        assertEquals(List.of("IHDR", "IDAT", "IEND"), chunkTypes(first).stream().distinct().toList());
    }

    @Test
    void inkIsWhiteOnDarkBrandsAndDarkOnLightOnes() {
        assertEquals(Color.WHITE, CoverPainter.readableOn(BRAND));
        assertTrue(CoverPainter.readableOn(new Color(0xFF, 0xE0, 0x8A)).getRed() < 0x40);
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
            types.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return types;
    }
}
