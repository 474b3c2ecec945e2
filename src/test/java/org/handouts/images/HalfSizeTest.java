package org.handouts.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The phone copy of a prepared photo: each pixel the average of the four it replaces. */
class HalfSizeTest {

    @Test
    void eachPixelIsTheRoundedAverageOfItsFour() {
        BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_3BYTE_BGR);
        int[][] rgb = {
            {0x000000, 0xFFFFFF, 0x102030, 0x102031, 0xABCDEF},
            {0xFFFFFF, 0x000000, 0x102030, 0x102030, 0xABCDEF},
            {0x123456, 0x123456, 0x123456, 0x123456, 0x123456},
        };
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                image.setRGB(x, y, rgb[y][x]);
            }
        }
        BufferedImage half = HalfSize.of(image).orElseThrow();
        assertEquals(2, half.getWidth(), "the odd last column is left out");
        assertEquals(1, half.getHeight(), "the odd last row is left out");
        assertEquals(0x808080, half.getRGB(0, 0) & 0xFFFFFF, "black and white average to mid grey (127.5 rounds up)");
        assertEquals(0x102030, half.getRGB(1, 0) & 0xFFFFFF, "30, 31, 30, 30 average to 30 (30.25)");
    }

    @Test
    void aFlatColourStaysExactlyThatColour() {
        BufferedImage image = new BufferedImage(1600, 1067, BufferedImage.TYPE_3BYTE_BGR);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(10, 200, 30));
        g.fillRect(0, 0, 1600, 1067);
        g.dispose();
        BufferedImage half = HalfSize.of(image).orElseThrow();
        assertEquals(800, half.getWidth());
        assertEquals(533, half.getHeight());
        for (int y = 0; y < half.getHeight(); y += 41) {
            for (int x = 0; x < half.getWidth(); x += 37) {
                assertEquals(0x0AC81E, half.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void otherKindsOfPictureAreLeftToJava2d() {
        assertTrue(HalfSize.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)).isEmpty());
        assertTrue(HalfSize.of(new BufferedImage(4, 4, BufferedImage.TYPE_4BYTE_ABGR)).isEmpty(), "transparency needs the white below it");
        BufferedImage whole = new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR);
        assertTrue(HalfSize.of(whole.getSubimage(2, 2, 4, 4)).isEmpty(), "a sub-image's rows are not its array's");
        assertTrue(HalfSize.of(new BufferedImage(1, 9, BufferedImage.TYPE_3BYTE_BGR)).isEmpty());
    }
}
