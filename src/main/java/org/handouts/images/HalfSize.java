package org.handouts.images;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.util.Optional;

/**
 * A picture at exactly half its width and height, each pixel the average of the 2 × 2 it replaces. A
 * prepared photo is {@code images.maxWidth} (1600) pixels wide and its phone copy 800, so this is the
 * common case of the web edition's smaller copies: the average keeps every source pixel's share (Java2D's
 * bicubic {@code drawImage} at half size reads a 4 × 4 neighbourhood per pixel at a step of two, and took
 * four times as long under the launcher's C1-only JIT).
 */
public final class HalfSize {
    private HalfSize() { }

    /** Half of an 8-bit, three-byte picture ({@code TYPE_3BYTE_BGR}, what the JPEG decoder gives); empty for any other kind. */
    public static Optional<BufferedImage> of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR || image.getWidth() < 2 || image.getHeight() < 2
                || !(image.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
                || image.getRaster().getParent() != null
                || !(image.getRaster().getSampleModel() instanceof ComponentSampleModel layout) || layout.getPixelStride() != 3) {
            return Optional.empty(); // a sub-image shares a larger array: not laid out as this loop reads it
        }
        int width = image.getWidth() / 2;
        int height = image.getHeight() / 2;
        byte[] source = buffer.getData();
        int stride = layout.getScanlineStride();
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) half.getRaster().getDataBuffer()).getData();
        int out = 0;
        for (int y = 0; y < height; y++) {
            int top = 2 * y * stride;
            int bottom = top + stride;
            for (int x = 0; x < width * 6; x += 6) {
                for (int c = 0; c < 3; c++) {
                    int sum = (source[top + x + c] & 0xFF) + (source[top + x + 3 + c] & 0xFF)
                            + (source[bottom + x + c] & 0xFF) + (source[bottom + x + 3 + c] & 0xFF);
                    target[out++] = (byte) ((sum + 2) >> 2);
                }
            }
        }
        return Optional.of(half);
    }
}
