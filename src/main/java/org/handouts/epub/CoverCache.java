package org.handouts.epub;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handouts.io.InputsHash;
import org.handouts.ToolFingerprint;
import org.handouts.images.KeptFile;
import org.handouts.render.FontFace;
import org.handouts.render.FontLibrary;

/**
 * The painted cover, kept in the output folder ({@code .handouts-cover-<hash>.png}) under a hash of all it
 * is drawn from: the words, the colour, the font files and the tool's version. Painting a 1600×2400 cover
 * and encoding it as PNG is the largest single cost of a booklet that changed by one article, and the
 * cover only changes when {@code handouts.yml} or the fonts do. A missing copy, or one that does not match
 * its checksum ({@link KeptFile}), is painted again.
 */
final class CoverCache {
    private static final String PREFIX = ".handouts-cover-";

    private CoverCache() { }

    static byte[] cover(Optional<Path> folder, FontLibrary fonts, String family, String title, String clinicName,
                        String footer, Color background) throws IOException {
        if (folder.isEmpty()) {
            return new CoverPainter(fonts, family).paint(title, clinicName, footer, background);
        }
        Path file = folder.get().resolve(PREFIX + key(fonts, family, title, clinicName, footer, background) + ".png");
        Optional<byte[]> kept = KeptFile.read(file);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] png = new CoverPainter(fonts, family).paint(title, clinicName, footer, background);
        try {
            removeOthers(folder.get());
            KeptFile.write(file, png);
        } catch (IOException e) {
            // Only a cache: the next booklet paints its cover again.
        }
        return png;
    }

    private static String key(FontLibrary fonts, String family, String title, String clinicName, String footer, Color background) {
        InputsHash hash = InputsHash.start("cover 1").add(ToolFingerprint.get()).add(family)
                .add(title).add(clinicName).add(footer).add(Integer.toHexString(background.getRGB()));
        try {
            for (FontFace face : fonts.faces()) {
                if (face.family().equals(family)) {
                    hash.add(face.stamp());
                }
            }
        } catch (IOException e) {
            return "unkeyed";
        }
        return hash.hex().substring(0, 24);
    }

    /** Covers of earlier settings are never read again. */
    private static void removeOthers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*.png{," + KeptFile.SUFFIX + "}")) {
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        }
    }
}
