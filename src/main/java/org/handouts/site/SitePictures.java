package org.handouts.site;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.handouts.images.HalfSize;
import org.handouts.images.ImageFormat;
import org.handouts.images.JpegEncoder;
import org.handouts.images.KeptFile;

/**
 * The pictures of the site: each prepared picture (never an original: those may be 8 MB photos) stored once
 * under {@code media/}, named after what it was made from, so an unchanged picture is never read or
 * written again. A wide picture
 * also gets a half-width copy for phones ({@code srcset}), kept beside the prepared picture between builds
 * like every other kept file, so it is scaled once, not in every build.
 */
final class SitePictures {

    static final String FOLDER = "media";
    /** Narrower than this, a picture has no smaller copy: a phone shows it as it is. */
    static final int SMALL_WIDTH = 800;
    /** A phone shows the small copy at its size, where 0.85 shows no blocks. */
    private static final float SMALL_QUALITY = 0.85f;

    /** A picture in the site: its path from the root, and a smaller copy's when it has one. */
    record Picture(String path, int width, Optional<String> smallPath) { }

    private final Path siteRoot;
    private final Map<Path, Optional<Picture>> byFile = new LinkedHashMap<>();

    SitePictures(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** The site's copy of a prepared picture; empty when the file cannot be read. */
    Optional<Picture> add(Path prepared, int width) {
        return byFile.computeIfAbsent(prepared.toAbsolutePath().normalize(), file -> copy(file, width));
    }

    /** Every file under {@code media/} this build uses, from the root. */
    java.util.Set<String> paths() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        byFile.values().forEach(p -> p.ifPresent(picture -> {
            paths.add(picture.path());
            picture.smallPath().ifPresent(paths::add);
        }));
        return paths;
    }

    private Optional<Picture> copy(Path file, int width) {
        try {
            String name = FOLDER + "/" + key(file);
            Optional<String> known = existing(name);
            byte[] bytes = null;
            String path;
            if (known.isPresent()) {
                path = known.get();
            } else {
                bytes = Files.readAllBytes(file);
                path = name + "." + extension(bytes);
                write(path, bytes);
            }
            if (width <= 0) {
                width = pixelWidth(bytes != null ? bytes : Files.readAllBytes(file));
            }
            Optional<String> small = Optional.empty();
            if (width > SMALL_WIDTH * 1.25) {
                String smallPath = name + "-w" + SMALL_WIDTH + ".jpg";
                if (Files.isRegularFile(siteRoot.resolve(smallPath))) {
                    small = Optional.of(smallPath);
                } else {
                    Optional<byte[]> smaller = smaller(file, bytes != null ? bytes : Files.readAllBytes(file));
                    if (smaller.isPresent()) {
                        write(smallPath, smaller.get());
                        small = Optional.of(smallPath);
                    }
                }
            }
            return Optional.of(new Picture(path, width, small));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A name for a prepared picture that changes when it does, without reading it: the image store names
     * prepared files by a hash of what they were made from; any other file by its path, size and date.
     */
    private static String key(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.matches("[0-9a-f]{64}\\..*")) {
            return name.substring(0, 24);
        }
        String identity = file.toAbsolutePath().normalize() + "\n" + Files.size(file) + "\n" + Files.getLastModifiedTime(file).toMillis();
        return digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24);
    }

    /** The site's file of that name, whatever its extension, when an earlier build wrote it. */
    private Optional<String> existing(String name) {
        for (String ext : List.of("jpg", "png", "gif", "webp", "svg", "img")) {
            String path = name + "." + ext;
            if (Files.isRegularFile(siteRoot.resolve(path))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path target = siteRoot.resolve(path);
        Files.createDirectories(target.getParent());
        org.handouts.io.AtomicWrite.write(target, bytes);
    }

    private static Optional<byte[]> smaller(Path prepared, byte[] bytes) {
        Path kept = prepared.resolveSibling(prepared.getFileName() + ".w" + SMALL_WIDTH + ".jpg");
        Optional<byte[]> already = KeptFile.read(kept);
        if (already.isPresent()) {
            return already;
        }
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.empty();
            }
            Optional<BufferedImage> half = image.getWidth() == 2 * SMALL_WIDTH ? HalfSize.of(image) : Optional.empty();
            BufferedImage small = half.isPresent() ? half.get() : scaled(image);
            byte[] encoded = JpegEncoder.encode(small, SMALL_QUALITY);
            try {
                KeptFile.write(kept, encoded);
            } catch (IOException e) {
                // Not kept: the next build scales it again.
            }
            return Optional.of(encoded);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The picture {@value #SMALL_WIDTH} pixels wide, by Java2D, on white (a PNG may be transparent). */
    private static BufferedImage scaled(BufferedImage image) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * SMALL_WIDTH / image.getWidth()));
        BufferedImage small = new BufferedImage(SMALL_WIDTH, height, BufferedImage.TYPE_3BYTE_BGR);
        var g = small.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, SMALL_WIDTH, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, SMALL_WIDTH, height, null);
        g.dispose();
        return small;
    }

    private static int pixelWidth(byte[] bytes) {
        try (var in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                var reader = readers.next();
                try {
                    reader.setInput(in);
                    return reader.getWidth(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unknown: no smaller copy.
        }
        return 0;
    }

    /** Named by what the bytes are, as everywhere else (a prepared file's own name may not say). */
    private static String extension(byte[] bytes) {
        String ext = ImageFormat.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 512))).extension();
        return ext.isEmpty() ? "img" : ext;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
