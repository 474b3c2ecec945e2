package org.handouts.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scaling and turning photos upright in plain Java, without a picture-sized temporary copy. */
class ResamplerTest {

    @Test
    void a_flat_colour_stays_exactly_that_colour() {
        byte[] source = fill(301, 203, 10, 200, 30);
        byte[] target = new byte[160 * 108 * 3];
        Resampler.resample(source, 301, 203, 1, target, 160, 108);
        for (int i = 0; i < target.length; i += 3) {
            assertEquals(10, target[i] & 0xFF);
            assertEquals(200, target[i + 1] & 0xFF);
            assertEquals(30, target[i + 2] & 0xFF);
        }
    }

    @Test
    void every_exif_orientation_turns_the_picture_as_java2d_does() {
        BufferedImage stored = random(7, 5);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage expected = ImagePreparer.orient(stored, orientation);
            int width = Resampler.uprightWidth(7, 5, orientation);
            int height = Resampler.uprightHeight(7, 5, orientation);
            assertEquals(expected.getWidth(), width, "orientation " + orientation);
            assertEquals(expected.getHeight(), height, "orientation " + orientation);
            byte[] target = new byte[width * height * 3];
            Resampler.resample(rgb(stored), 7, 5, orientation, target, width, height);
            assertArrayEquals(rgb(expected), target, "orientation " + orientation);
        }
    }

    @Test
    void scaling_over_the_source_array_gives_the_same_pixels_as_a_separate_array() {
        for (int orientation : new int[] {1, 2}) {
            byte[] source = rgb(random(250, 171));
            byte[] separate = new byte[200 * 137 * 3];
            Resampler.resample(source, 250, 171, orientation, separate, 200, 137);
            byte[] shared = source.clone();
            Resampler.resample(shared, 250, 171, orientation, shared, 200, 137);
            assertArrayEquals(separate, Arrays.copyOf(shared, separate.length), "orientation " + orientation);
        }
        assertThrows(IllegalArgumentException.class, () -> {
            byte[] shared = new byte[40 * 30 * 3];
            Resampler.resample(shared, 40, 30, 6, shared, 30, 40);
        }, "a turn reads columns, so it cannot write over the rows it still needs");
    }

    @Test
    void fine_stripes_become_grey_instead_of_coarse_false_stripes() {
        // One-pixel black and white columns: no detail a 2:3 reduction can keep. Skipping or point
        // sampling pixels turns them into wide bands of black and white (moiré); averaging gives grey.
        int width = 300;
        int height = 20;
        byte[] source = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Arrays.fill(source, (y * width + x) * 3, (y * width + x) * 3 + 3, (byte) (x % 2 == 0 ? 0 : 255));
            }
        }
        byte[] target = new byte[200 * 13 * 3];
        Resampler.resample(source, width, height, 1, target, 200, 13);
        for (int x = 2; x < 198; x++) {
            int value = target[(6 * 200 + x) * 3] & 0xFF;
            assertTrue(Math.abs(value - 128) <= 40, "column " + x + " is " + value);
        }
    }

    @Test
    void an_edge_stays_where_it_was() {
        int width = 400;
        byte[] source = new byte[width * 10 * 3];
        for (int y = 0; y < 10; y++) {
            Arrays.fill(source, (y * width + 200) * 3, (y + 1) * width * 3, (byte) 255);
        }
        byte[] target = new byte[200 * 5 * 3];
        Resampler.resample(source, width, 10, 1, target, 200, 5);
        int row = 2 * 200 * 3;
        assertTrue((target[row + 97 * 3] & 0xFF) < 10, "left of the edge is black");
        assertTrue((target[row + 102 * 3] & 0xFF) > 245, "right of the edge is white");
        assertEquals(255, (target[row + 99 * 3] & 0xFF) + (target[row + 100 * 3] & 0xFF), 2,
                "the two pixels at the edge share it evenly");
    }

    @Test
    void only_scales_down() {
        assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(new byte[30], 5, 2, 1, new byte[60], 10, 2));
    }

    private static byte[] fill(int width, int height, int r, int g, int b) {
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) r;
            pixels[i + 1] = (byte) g;
            pixels[i + 2] = (byte) b;
        }
        return pixels;
    }

    private static BufferedImage random(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** R, G, B bytes row by row, as {@link Resampler} reads and writes them. */
    private static byte[] rgb(BufferedImage image) {
        byte[] pixels = new byte[image.getWidth() * image.getHeight() * 3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int i = (y * image.getWidth() + x) * 3;
                pixels[i] = (byte) (p >> 16);
                pixels[i + 1] = (byte) (p >> 8);
                pixels[i + 2] = (byte) p;
            }
        }
        return pixels;
    }
}
