package org.handouts.images;

import org.handouts.config.ImageSettings;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns a checked picture into the file the outputs embed: at most {@code maxWidth} pixels wide, sRGB,
 * upright (EXIF orientation applied), and as a JPEG (quality {@value ImageSettings#JPEG_QUALITY},
 * transparency flattened on white) unless a PNG is smaller. A full-size phone photo is several MB; the
 * prepared copy is a few hundred KB, which keeps a handout small enough to email. The result is cached by
 * the original's hash and the settings, so each picture is prepared once, not once per build.
 *
 * <p>Memory: a decoded photo is width × height × 3 bytes (8 MB for 2000×1333), and a first build
 * prepares one for every article. JPEG photos, the common case, are therefore decoded into a pixel array
 * that is kept and reused from picture to picture, and scaled (and turned upright) by {@link Resampler}
 * within that array: preparing a photo allocates about 1 MB of small, short-lived objects and no
 * picture-sized array. Allocated afresh for each picture (decoded, converted, scaled, converted again
 * for the encoder: 55 MB per 2000×1333 photo), those arrays outlived young collections while the
 * renderers allocated, landed in the old generation as garbage and made the collector grow the heap: a
 * first 1,000-article build peaked at 820–970 MB resident, against about 400 MB now. Other pictures
 * (PNG, GIF, WebP, CMYK JPEGs) take the general path through Java2D; they are rarely large.
 */
final class ImagePreparer {

    /**
     * Pictures decoded at once, whatever the downloads and the prepare pool do: one per core, at most
     * {@value #MAX_AT_ONCE}. Each holds one set of {@link PixelBuffers}; taking a set is the permission to decode.
     */
    private static final int MAX_AT_ONCE = 4;
    private static final BlockingQueue<PixelBuffers> BUFFERS = pool(
            Math.max(1, Math.min(MAX_AT_ONCE, Runtime.getRuntime().availableProcessors())));

    /** 8-bit sRGB without alpha, for images made around reused arrays. */
    private static final ColorModel RGB = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR).getColorModel();

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
            Optional<byte[]> kept = KeptFile.read(ready);
            if (kept.isPresent()) {
                Optional<Dimension> size = ImageInspector.dimensions(kept.get());
                if (size.isPresent()) {
                    return new PreparedImage(ready, output, size.get().width, size.get().height);
                }
            }
        }
        PixelBuffers buffers = borrow();
        try {
            return make(bytes, format, buffers);
        } finally {
            buffers.trim();
            BUFFERS.add(buffers);
        }
    }

    private PreparedImage make(byte[] bytes, ImageFormat format, PixelBuffers buffers) throws IOException {
        SourceHeader header = SourceHeader.of(bytes, format);
        Ready ready = null;
        // Colour and gray JPEGs; a gray one with its own profile, and CMYK, are left to the general path.
        if (format == ImageFormat.JPEG && (header.components() == 3 || header.components() == 1 && !header.profile())) {
            ready = photo(bytes, header.orientation(), buffers);
        }
        if (ready == null) {
            ready = anyPicture(bytes, header.orientation());
        }
        BufferedImage image = ready.image();
        boolean scaled = ready.scaled();
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
        KeptFile.write(target, best.bytes());
        return new PreparedImage(target, best.format(), image.getWidth(), image.getHeight());
    }

    /** The picture upright, sRGB and at most {@code maxWidth} wide; {@code scaled} when it lost pixels on the way. */
    private record Ready(BufferedImage image, boolean scaled) { }

    /**
     * A JPEG decoded straight into reused sRGB pixels (the decoder converts YCbCr, gray and ICC colours on
     * the way), then scaled within the same array, or turned upright into a second one. Null when the
     * decoder will not decode this file into such pixels, so the general path can try it.
     */
    private Ready photo(byte[] bytes, int orientation, PixelBuffers buffers) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int step = subsampling(Resampler.uprightWidth(width, height, orientation));
                int w = (width + step - 1) / step;
                int h = (height + step - 1) / step;
                if ((long) w * h * 3 > Integer.MAX_VALUE - 8) {
                    return null; // over what one array holds (only with a raised images.maxMegapixels)
                }
                BufferedImage decoded = rgb(buffers.decoded(w * h * 3), w, h);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setDestination(decoded);
                if (step >= 2) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                DamageListener damage = DamageListener.on(reader);
                try {
                    if (reader.read(0, param) != decoded) {
                        return null;
                    }
                } catch (IIOException | RuntimeException e) {
                    return null; // e.g. a colour space this decoder cannot write into RGB; the general path reports real damage
                }
                damage.throwIfDamaged();
                int uprightWidth = Resampler.uprightWidth(w, h, orientation);
                int uprightHeight = Resampler.uprightHeight(w, h, orientation);
                boolean shrink = uprightWidth > settings.maxWidth();
                if (!shrink && orientation <= 1) {
                    return new Ready(decoded, step >= 2);
                }
                int targetWidth = shrink ? settings.maxWidth() : uprightWidth;
                int targetHeight = shrink ? targetHeight(uprightWidth, uprightHeight, targetWidth) : uprightHeight;
                // Scaled over the decoded pixels when the rows stay rows; a turned photo needs a second array.
                byte[] into = Resampler.inPlace(orientation) ? pixels(decoded) : buffers.turned(targetWidth * targetHeight * 3);
                Resampler.resample(pixels(decoded), w, h, orientation, into, targetWidth, targetHeight);
                return new Ready(rgb(into, targetWidth, targetHeight), shrink || step >= 2);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Any supported picture, through Java2D: decoded, converted to sRGB, turned upright, scaled. */
    private Ready anyPicture(byte[] bytes, int orientation) throws IOException {
        Decoded decoded = decode(bytes, orientation);
        boolean subsampled = decoded.subsampled();
        BufferedImage image = toSrgb(decoded.image());
        decoded = null; // not needed any more: let it go before the next full-size copy is made
        image = orient(image, orientation);
        boolean scaled = image.getWidth() > settings.maxWidth() || subsampled;
        return new Ready(scaleToWidth(image, settings.maxWidth()), scaled);
    }

    private record Decoded(BufferedImage image, boolean subsampled) { }

    /** Decodes the first frame, reading every n-th pixel when the picture is far larger than needed. */
    private Decoded decode(byte[] bytes, int orientation) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                int step = subsampling(orientation >= 5 ? reader.getHeight(0) : reader.getWidth(0));
                ImageReadParam param = reader.getDefaultReadParam();
                if (step >= 2) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                DamageListener damage = DamageListener.on(reader);
                BufferedImage image = reader.read(0, param);
                damage.throwIfDamaged();
                return new Decoded(image, step >= 2);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The JPEG and PNG decoders do not fail on a file that is cut off or corrupt: they say so through a
     * warning and return what they got, the rest left blank (the top of a photo, white below). Since every
     * picture is decoded in full once here, a warning is the one place damage shows, and a damaged picture
     * is left out rather than printed half.
     */
    private static final class DamageListener implements javax.imageio.event.IIOReadWarningListener {
        private String first;

        static DamageListener on(ImageReader reader) {
            DamageListener listener = new DamageListener();
            reader.addIIOReadWarningListener(listener);
            return listener;
        }

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            if (first == null) {
                first = warning;
            }
        }

        void throwIfDamaged() throws IOException {
            if (first != null) {
                throw new IOException("damaged or cut off: " + first);
            }
        }
    }

    private static ImageReader reader(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("no decoder for this picture");
        }
        return readers.next();
    }

    /**
     * Read every n-th pixel of a picture this wide (upright). Keeps at least twice the target width, so
     * the final smooth scaling still has detail to work with; 1 for anything under 4 × {@code maxWidth}.
     */
    private int subsampling(int uprightWidth) {
        return Math.max(1, uprightWidth / (settings.maxWidth() * 2));
    }

    private static int targetHeight(int width, int height, int targetWidth) {
        return Math.max(1, (int) Math.round((double) height * targetWidth / width));
    }

    /**
     * An sRGB image over the first {@code width × height × 3} bytes of {@code pixels}, in R, G, B order: the
     * order the JPEG decoder and encoder work in, so they copy whole rows instead of pixel by pixel through
     * a temporary array per row.
     */
    static BufferedImage rgb(byte[] pixels, int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(pixels, width * height * 3),
                width, height, width * 3, 3, new int[] {0, 1, 2}, null);
        return new BufferedImage(RGB, raster, false, null);
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
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
        int targetHeight = targetHeight(image.getWidth(), image.getHeight(), maxWidth);
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
        return image.getColorModel().hasAlpha() ? flatten(image) : image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        return JpegEncoder.encode(image, ImageSettings.JPEG_QUALITY);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG encoder");
        }
        return bytes.toByteArray();
    }

    private static BlockingQueue<PixelBuffers> pool(int size) {
        BlockingQueue<PixelBuffers> pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            pool.add(new PixelBuffers());
        }
        return pool;
    }

    /** Waits for a free set of buffers; an interrupt is kept for the caller, not lost. */
    private static PixelBuffers borrow() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return BUFFERS.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The pixel arrays one picture needs: as decoded (and then scaled in the same array), and for a photo
     * that has to be turned upright, a second one. They grow to the largest picture seen and are reused for
     * the next one; an array over {@value #KEEP_BYTES} bytes (a photo over 8 megapixels) is let go after
     * its picture, so one huge photo does not hold its memory for the rest of the build.
     */
    private static final class PixelBuffers {
        static final int KEEP_BYTES = 24 << 20;
        private static final int GRAIN = 1 << 20;
        private byte[] decoded = new byte[0];
        private byte[] turned = new byte[0];

        byte[] decoded(int size) {
            if (decoded.length < size) {
                decoded = null; // the old array can be collected while the new one is allocated
                decoded = new byte[roundUp(size)];
            }
            return decoded;
        }

        byte[] turned(int size) {
            if (turned.length < size) {
                turned = null;
                turned = new byte[roundUp(size)];
            }
            return turned;
        }

        void trim() {
            if (decoded.length > KEEP_BYTES) {
                decoded = new byte[0];
            }
            if (turned.length > KEEP_BYTES) {
                turned = new byte[0];
            }
        }

        /** Sizes in whole MB, so photos of slightly different sizes share one array. */
        private static int roundUp(int size) {
            long rounded = ((long) size + GRAIN - 1) / GRAIN * GRAIN;
            return (int) Math.min(rounded, Integer.MAX_VALUE - 8);
        }
    }
}
