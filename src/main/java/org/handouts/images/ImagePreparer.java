package org.handouts.images;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns a checked picture into the file the outputs embed: at most {@code maxWidth} pixels wide, sRGB,
 * upright (EXIF orientation applied), and as a JPEG (quality {@value ImageSettings#JPEG_QUALITY},
 * transparency flattened on white) unless a PNG is smaller. A full-size phone photo is several MB; the
 * prepared copy is a few hundred KB, which keeps a handout small enough to email. The result is cached by
 * the original's hash and the settings, so each picture is prepared once, not once per build.
 */
final class ImagePreparer {

    /** Decoding a large photo takes hundreds of MB for a moment: at most two at once, whatever the downloads do. */
    private static final Semaphore DECODING = new Semaphore(2);

    private final ImageCache cache;
    private final ImageSettings settings;

    ImagePreparer(ImageCache cache, ImageSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    /** The bytes were sniffed as a supported raster format and their size checked against the pixel limit. */
    PreparedImage prepare(byte[] bytes, ImageFormat format) throws IOException {
        for (ImageFormat output : List.of(ImageFormat.JPEG, ImageFormat.PNG)) {
            Path ready = cache.derived(bytes, settings, output.extension());
            if (Files.isRegularFile(ready)) {
                Optional<Dimension> size = ImageInspector.dimensions(Files.readAllBytes(ready));
                if (size.isPresent()) {
                    return new PreparedImage(ready, output, size.get().width, size.get().height);
                }
            }
        }
        DECODING.acquireUninterruptibly();
        try {
            return make(bytes, format);
        } finally {
            DECODING.release();
        }
    }

    private PreparedImage make(byte[] bytes, ImageFormat format) throws IOException {
        SourceHeader header = SourceHeader.of(bytes, format);
        Decoded decoded = decode(bytes, header.orientation());
        BufferedImage image = toSrgb(decoded.image());
        image = orient(image, header.orientation());
        boolean scaled = image.getWidth() > settings.maxWidth() || decoded.subsampled();
        image = scaleToWidth(image, settings.maxWidth());
        boolean transparent = hasTransparency(image);

        record Candidate(ImageFormat format, byte[] bytes) { }
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(ImageFormat.JPEG, jpeg(transparent ? flatten(image) : opaque(image))));
        // A photo is never smaller as PNG, and encoding one costs time; drawings and screenshots often are.
        if (format != ImageFormat.JPEG) {
            candidates.add(new Candidate(ImageFormat.PNG, png(image)));
        }
        // Re-encoding an already small, plain file only loses quality.
        if (!scaled && header.embeddable() && (format == ImageFormat.PNG || !transparent)) {
            candidates.add(new Candidate(format, bytes));
        }
        Candidate best = candidates.stream().min(Comparator.comparingInt(c -> c.bytes().length)).get();
        Path target = cache.derived(bytes, settings, best.format().extension());
        AtomicWrite.write(target, best.bytes());
        return new PreparedImage(target, best.format(), image.getWidth(), image.getHeight());
    }

    private record Decoded(BufferedImage image, boolean subsampled) { }

    /** Decodes the first frame, reading every n-th pixel when the picture is far larger than needed. */
    private Decoded decode(byte[] bytes, int orientation) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no decoder for this picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = orientation >= 5 ? reader.getHeight(0) : reader.getWidth(0);
                int step = width / (settings.maxWidth() * 2);
                ImageReadParam param = reader.getDefaultReadParam();
                if (step >= 2) {
                    // Keeps at least twice the target width, so the final smooth scaling still has detail to work with.
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return new Decoded(reader.read(0, param), step >= 2);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Colours as the file means them, in the sRGB space PDFs and screens assume (Adobe RGB or CMYK photos look dull or garish otherwise). */
    private static BufferedImage toSrgb(BufferedImage source) {
        ColorSpace space = source.getColorModel().getColorSpace();
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            return new ColorConvertOp(null).filter(source, target);
        }
        Graphics2D g = target.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return target;
    }

    /** Applies the EXIF orientation (1..8), so a portrait photo is not printed lying on its side. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        // Where stored pixel (x, y) is shown, as x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turn 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8: turn 90° anticlockwise
        };
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        Graphics2D g = target.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return target;
    }

    /** Halves with bilinear filtering until close, then one last step: much smoother than a single big jump. */
    private static BufferedImage scaleToWidth(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int targetHeight = Math.max(1, (int) Math.round((double) image.getHeight() * maxWidth / image.getWidth()));
        BufferedImage current = image;
        while (current.getWidth() > maxWidth) {
            int w = Math.max(maxWidth, current.getWidth() / 2);
            int h = w == maxWidth ? targetHeight : Math.max(1, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, image.getType());
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JPEG has no transparency: see-through parts become paper white (not the black they would turn into). */
    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    private static BufferedImage opaque(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB ? image : flatten(image);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(ImageSettings.JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG encoder");
        }
        return bytes.toByteArray();
    }
}
