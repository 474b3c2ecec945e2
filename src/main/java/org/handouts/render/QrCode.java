package org.handouts.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code for a web address, as an inline PNG ({@code data:} URI) a template can put in an {@code img}.
 * Inline, so nothing is written to disk and the renderer loads no file; ZXing does the encoding.
 * Each module is drawn as a solid square of pixels, so the code stays crisp when printed small.
 */
public final class QrCode {
    private static final int PIXELS_PER_MODULE = 8;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() { }

    /**
     * The data URI, worked out only when a template shows it (the printed booklet's template, for one, does
     * not), and then once.
     */
    public static freemarker.template.TemplateScalarModel lazyDataUri(String text) {
        return new freemarker.template.TemplateScalarModel() {
            private String uri;

            @Override
            public synchronized String getAsString() {
                if (uri == null) {
                    uri = pngDataUri(text);
                }
                return uri;
            }
        };
    }

    public static String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    public static byte[] png(String text) {
        BitMatrix matrix;
        try {
            // Medium error correction survives a fold or a smudge without making the code much denser.
            matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code for " + text + ": " + e.getMessage(), e);
        }
        // One bit per pixel, filled a row at a time: setting 60,000 RGB pixels one by one and encoding them as
        // a 24-bit PNG was the largest cost of the printed booklet after layout itself.
        int size = matrix.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        java.awt.image.WritableRaster raster = image.getRaster();
        int[] row = new int[size];
        for (int y = 0; y < size; y++) {
            int moduleY = y / PIXELS_PER_MODULE;
            for (int x = 0; x < size; x++) {
                row[x] = matrix.get(x / PIXELS_PER_MODULE, moduleY) ? 0 : 1;
            }
            raster.setSamples(0, y, size, 1, 0, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
