package org.handouts.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts in {@code fonts/}, read once: family, weight and style come from each file's own tables, so a
 * clinic adds a font by dropping its TTF in the folder and naming the family in a layout's CSS.
 *
 * <p>Every file is parsed completely before anything is rendered, because the renderer does not say what
 * went wrong with a damaged one: a file that is not a font ended in a raw stack trace, a truncated one in a
 * NullPointerException in the middle of a page. A file that does not parse is {@linkplain #rejected()
 * rejected} with its reason and left out, so the other faces still work.
 */
public record FontLibrary(List<FontFace> faces, GlyphCoverage coverage, List<RejectedFont> rejected) {

    /** A file in {@code fonts/} that is not a usable TrueType font, and why. */
    public record RejectedFont(Path file, String reason) { }

    public FontLibrary {
        faces = List.copyOf(faces);
        rejected = List.copyOf(rejected);
    }

    public static FontLibrary scan(Path folder) throws IOException {
        return scan(List.of(folder));
    }

    /**
     * The fonts of several folders, an earlier folder's file hiding a later one's of the same name: a
     * project's {@code fonts/} over the {@linkplain BuiltIn#fonts() built-in fonts}. A hiding file that
     * cannot be used is rejected and the hidden one is used instead, so a damaged copy loses nothing.
     */
    public static FontLibrary scan(List<Path> folders) throws IOException {
        return scan(folders, KeptFontScans.none());
    }

    /** As {@link #scan(List)}, parsing only the files that changed since {@code kept} was made. */
    public static FontLibrary scan(List<Path> folders, KeptFontScans kept) throws IOException {
        java.util.Map<String, List<Path>> byName = new java.util.TreeMap<>();
        for (Path folder : folders) {
            for (Path file : fontFiles(folder)) {
                byName.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(file);
            }
        }
        List<FontFace> faces = new ArrayList<>();
        List<RejectedFont> rejected = new ArrayList<>();
        GlyphCoverage coverage = GlyphCoverage.none();
        for (List<Path> candidates : byName.values()) {
            for (Path file : candidates) {
                KeptFontScans.Scan scan = kept.scan(file, FontLibrary::scanNow);
                if (scan.usable()) {
                    faces.add(new FontFace(file, scan.family(), scan.weight(), scan.italic()));
                    coverage = coverage.with(scan.codePoints());
                    break;
                }
                rejected.add(new RejectedFont(file, scan.problem()));
            }
        }
        return new FontLibrary(faces, coverage, rejected);
    }

    /** The .ttf files in one folder (none when it does not exist), sorted. */
    public static List<Path> fontFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    public Set<String> families() {
        Set<String> families = new LinkedHashSet<>();
        faces.forEach(f -> families.add(f.family()));
        return families;
    }

    /** The family, weight and style as the whole file parsed by PDFBox tells them. */
    static FontFace describeWithPdfBox(Path file) throws IOException {
        return parse(file).face();
    }

    private record Parsed(FontFace face, BitSet codePoints) { }

    private static KeptFontScans.Scan scanNow(Path file) {
        try {
            Parsed parsed = parse(file);
            return new KeptFontScans.Scan(parsed.face().family(), parsed.face().weight(), parsed.face().italic(), parsed.codePoints(), null);
        } catch (IOException | RuntimeException e) {
            // fontbox answers a damaged file with anything from an EOFException to an NPE: all mean "not usable"
            return KeptFontScans.Scan.rejected(reason(e));
        }
    }

    private static Parsed parse(Path file) throws IOException {
        checkComplete(file);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (font.getGlyph() == null || font.getHorizontalMetrics() == null || font.getHeader() == null) {
                throw new Unusable("it has no TrueType outlines (glyf, hmtx and head tables are needed)");
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new Unusable("it has no Unicode character map");
            }
            BitSet codePoints = new BitSet();
            int glyphs = font.getNumberOfGlyphs();
            for (int gid = 1; gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.forEach(c -> {
                        if (c >= 0 && c <= Character.MAX_CODE_POINT) {
                            codePoints.set(c);
                        }
                    });
                }
            }
            return new Parsed(describe(file, font), codePoints);
        }
    }

    /**
     * Every table the font's directory lists lies inside the file. fontbox reads some tables only when they
     * are first used, so a cut-off file could pass its parser and fail later, in the middle of a page.
     */
    private static void checkComplete(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = read(channel, 0, 12);
            if (header == null) {
                throw new Unusable("it is not a TrueType font (the file is " + size + " bytes, too short for one)");
            }
            int tag = header.getInt(0);
            if (tag != 0x00010000 && tag != 0x74727565) { // version 1.0 or 'true'
                throw new Unusable(tag == 0x4F54544F ? "it is an OpenType font with PostScript outlines (CFF); only TrueType outlines can be embedded"
                        : tag == 0x74746366 ? "it is a font collection (.ttc); put each font in a .ttf file of its own"
                        : "it is not a TrueType font (it does not start like one)");
            }
            int tables = header.getShort(4) & 0xFFFF;
            ByteBuffer records = read(channel, 12, tables * 16);
            if (records == null) {
                throw new Unusable("the file is cut off inside its table directory");
            }
            for (int i = 0; i < tables; i++) {
                long end = (records.getInt(i * 16 + 8) & 0xFFFFFFFFL) + (records.getInt(i * 16 + 12) & 0xFFFFFFFFL);
                if (end > size) {
                    String name = new String(new byte[] {records.get(i * 16), records.get(i * 16 + 1), records.get(i * 16 + 2),
                            records.get(i * 16 + 3)}, StandardCharsets.ISO_8859_1).strip();
                    throw new Unusable("the file is cut off: its '" + name + "' table ends at byte " + end + " of " + size);
                }
            }
        }
    }

    /** {@code length} bytes at {@code offset}, or null when the file ends before them. */
    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer;
    }

    private static FontFace describe(Path file, TrueTypeFont font) throws IOException {
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
    }

    private static String reason(Exception e) {
        if (e instanceof Unusable) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return "it is not a TrueType font that can be read (" + (message == null || message.isBlank()
                ? e.getClass().getSimpleName() : message) + ")";
    }

    /** A file fontbox parsed that still cannot be used, in our words. */
    private static final class Unusable extends IOException {
        Unusable(String message) {
            super(message);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
