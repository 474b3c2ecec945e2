package org.handouts.images;

import org.handouts.config.ImageSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.handouts.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JPEG photos through the reused-buffer path: right size, right colours, upright, and no big garbage. */
class ImagePreparerTest {

    @TempDir
    Path cache;

    private PreparedImage prepare(byte[] jpeg) throws IOException {
        return new ImagePreparer(new ImageCache(cache), ImageSettings.DEFAULTS).prepare(jpeg, ImageFormat.JPEG);
    }

    @Test
    void a_scaled_photo_keeps_its_colours_in_place() throws IOException {
        BufferedImage halves = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = halves.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, 1000, 1000);
        g.setColor(new Color(30, 30, 200));
        g.fillRect(1000, 0, 1000, 1000);
        g.dispose();
        PreparedImage image = prepare(TestImages.jpeg(halves, 0.95f));
        assertEquals(1600, image.width());
        assertEquals(800, image.height());
        BufferedImage out = ImageIO.read(image.file().toFile());
        assertClose(new Color(200, 30, 30), out.getRGB(300, 400), "left half red");
        assertClose(new Color(30, 30, 200), out.getRGB(1300, 400), "right half blue");
    }

    @Test
    void a_turned_photo_that_is_also_too_wide_is_turned_and_then_scaled() throws IOException {
        BufferedImage stored = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 3000, 2000);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        // Orientation 6: shown upright, the stored top-left corner is at the top-right.
        PreparedImage image = prepare(TestImages.withOrientation(TestImages.jpeg(stored, 0.95f), 6));
        assertEquals(1600, image.width());
        assertEquals(2400, image.height());
        BufferedImage out = ImageIO.read(image.file().toFile());
        assertClose(Color.RED, out.getRGB(1500, 100), "top-right is red");
        assertClose(Color.WHITE, out.getRGB(100, 100), "top-left is white");
        assertClose(Color.WHITE, out.getRGB(1500, 2300), "bottom-right is white");
    }

    @Test
    void a_grey_photo_keeps_its_grey() throws IOException {
        BufferedImage grey = new BufferedImage(2400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), (byte) 100);
        PreparedImage image = prepare(TestImages.jpeg(grey, 0.95f));
        assertEquals(1600, image.width());
        assertClose(new Color(100, 100, 100), ImageIO.read(image.file().toFile()).getRGB(800, 100), "same grey");
    }

    @Test
    void a_photo_with_its_own_colour_profile_is_converted_to_srgb() throws IOException {
        // Stored in linear RGB and tagged with that profile: linear 128 is sRGB 188.
        ColorModel linear = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false, false,
                ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        BufferedImage photo = new BufferedImage(linear, linear.createCompatibleWritableRaster(2400, 300), false, null);
        Arrays.fill(((DataBufferByte) photo.getRaster().getDataBuffer()).getData(), (byte) 128);
        byte[] jpeg = TestImages.withIccProfile(TestImages.jpeg(photo, 0.95f), ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB));
        PreparedImage image = prepare(jpeg);
        assertEquals(1600, image.width());
        assertClose(new Color(188, 188, 188), ImageIO.read(image.file().toFile()).getRGB(800, 100), "converted to sRGB");
    }

    /**
     * The point of the reused buffers: a 2000×1333 photo is 8 MB decoded, and allocating that (and the
     * copies Java2D made) for every picture of a first build is what grew the heap. Counted in bytes
     * allocated by this thread, which does not depend on timing.
     */
    @Test
    void preparing_photos_allocates_no_picture_sized_arrays() throws IOException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean bean && bean.isThreadAllocatedMemorySupported()
                && bean.isThreadAllocatedMemoryEnabled(), "this JVM does not count allocated bytes");
        com.sun.management.ThreadMXBean counting = (com.sun.management.ThreadMXBean) threads;
        BufferedImage photo = TestImages.photo(2000, 1333);
        byte[][] jpegs = new byte[8][];
        for (int i = 0; i < jpegs.length; i++) {
            photo.setRGB(i, 0, 0xFF0000); // a different picture each time, so none comes from the cache
            jpegs[i] = TestImages.jpeg(photo, 0.9f);
        }
        ImagePreparer preparer = new ImagePreparer(new ImageCache(cache), ImageSettings.DEFAULTS);
        for (int i = 0; i < 4; i++) {
            preparer.prepare(jpegs[i], ImageFormat.JPEG); // every set of buffers has grown to this size
        }
        long before = counting.getCurrentThreadAllocatedBytes();
        for (int i = 4; i < 8; i++) {
            assertEquals(1600, preparer.prepare(jpegs[i], ImageFormat.JPEG).width());
        }
        long perPhoto = (counting.getCurrentThreadAllocatedBytes() - before) / 4;
        assertTrue(perPhoto < 4_000_000, "allocated " + perPhoto + " bytes per photo; decoded, one is 8,000,000");
    }

    private static void assertClose(Color expected, int rgb, String what) {
        Color actual = new Color(rgb);
        int off = Math.max(Math.abs(expected.getRed() - actual.getRed()),
                Math.max(Math.abs(expected.getGreen() - actual.getGreen()), Math.abs(expected.getBlue() - actual.getBlue())));
        assertTrue(off <= 6, what + ": expected " + expected + ", got " + actual);
    }
}
