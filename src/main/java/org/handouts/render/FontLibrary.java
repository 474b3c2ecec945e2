package org.handouts.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts in {@code fonts/}, read once: family, weight and style come from each file's own tables, so a
 * clinic adds a font by dropping its TTF in the folder and naming the family in a layout's CSS.
 */
public record FontLibrary(List<FontFace> faces) {

    public FontLibrary {
        faces = List.copyOf(faces);
    }

    public static FontLibrary scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new FontLibrary(List.of());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<FontFace> faces = new ArrayList<>();
        for (Path file : files) {
            faces.add(describe(file));
        }
        return new FontLibrary(faces);
    }

    public Set<String> families() {
        Set<String> families = new LinkedHashSet<>();
        faces.forEach(f -> families.add(f.family()));
        return families;
    }

    private static FontFace describe(Path file) throws IOException {
        try {
            java.util.Optional<FontFace> quick = FontFileHeaders.read(file);
            if (quick.isPresent()) {
                return quick.get();
            }
        } catch (IOException e) {
            // PDFBox below reads it again and words the error
        }
        return describeWithPdfBox(file);
    }

    /** The whole file parsed by PDFBox: slower, but it copes with every corner of the format. */
    static FontFace describeWithPdfBox(Path file) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            NamingTable naming = font.getNaming();
            String family = naming == null ? null : naming.getName(1, 3, 1, 0x409);
            String typographic = naming == null ? null : naming.getName(16, 3, 1, 0x409);
            if (typographic != null && !typographic.isBlank()) {
                family = typographic;
            }
            if (family == null || family.isBlank()) {
                family = naming != null && naming.getFontFamily() != null ? naming.getFontFamily() : stem(file);
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int weight = os2 == null ? 400 : os2.getWeightClass();
            boolean italic = os2 != null && (os2.getFsSelection() & 1) != 0;
            return new FontFace(file, family, weight, italic);
        } catch (IOException e) {
            throw new IOException("font file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
