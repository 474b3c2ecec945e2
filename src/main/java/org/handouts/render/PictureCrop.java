package org.handouts.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.handouts.images.JpegEncoder;

/** Cuts a picture to a shape around its centre, as {@code object-fit: cover} would show it. */
final class PictureCrop {

    /** High enough that the second encoding of a prepared photo shows no blocks in print. */
    private static final float JPEG_QUALITY = 0.92f;

    private PictureCrop() { }

    /** The encoded picture cut to {@code width:height}; a JPEG, or a PNG when it has transparency. */
    static byte[] toShape(byte[] encoded, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
        if (image == null) {
            throw new IOException("not a picture ImageIO can read");
        }
        double shape = (double) width / height;
        int cropWidth = image.getWidth();
        int cropHeight = (int) Math.round(cropWidth / shape);
        if (cropHeight > image.getHeight()) {
            cropHeight = image.getHeight();
            cropWidth = (int) Math.round(cropHeight * shape);
        }
        cropWidth = Math.max(1, cropWidth);
        cropHeight = Math.max(1, cropHeight);
        int x = (image.getWidth() - cropWidth) / 2;
        int y = (image.getHeight() - cropHeight) / 2;
        BufferedImage cropped = copy(image.getSubimage(x, y, cropWidth, cropHeight));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (cropped.getColorModel().hasAlpha()) {
            ImageIO.write(cropped, "png", out);
        } else {
            out.writeBytes(JpegEncoder.encode(cropped, JPEG_QUALITY));
        }
        return out.toByteArray();
    }

    /** A sub-image shares its parent's pixels; encoders want a picture of its own, in a type they write. */
    private static BufferedImage copy(BufferedImage part) {
        int type = part.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage own = new BufferedImage(part.getWidth(), part.getHeight(), type);
        var g = own.createGraphics();
        g.drawImage(part, 0, 0, null);
        g.dispose();
        return own;
    }
}
