package org.handouts.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A font file's family, weight and style, read from its {@code name} and {@code OS/2} tables alone. PDFBox
 * can tell the same, but its parser reads every table of the file (character maps, glyph offsets, kerning):
 * for the eight shipped fonts that was about 0.2 s of every build that renders anything, spent before the
 * first page could start. Here only the table directory and two small tables are read.
 *
 * <p>Answers empty for anything out of the ordinary (a font collection, no Windows English names, a table
 * pointing past the end of the file); {@link FontLibrary} then asks PDFBox, which knows every corner of the
 * format.
 */
final class FontFileHeaders {

    private static final int FAMILY = 1;
    private static final int TYPOGRAPHIC_FAMILY = 16;
    private static final int WINDOWS = 3;
    private static final int UNICODE_BMP = 1;
    private static final int ENGLISH_US = 0x409;

    private FontFileHeaders() { }

    static Optional<FontFace> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer directory = bytes(channel, 0, 12, size);
            if (directory == null || directory.getInt(0) == 0x74746366) { // 'ttcf': a collection, left to PDFBox
                return Optional.empty();
            }
            int tables = directory.getShort(4) & 0xFFFF;
            ByteBuffer records = bytes(channel, 12, tables * 16L, size);
            if (records == null) {
                return Optional.empty();
            }
            ByteBuffer name = null;
            ByteBuffer os2 = null;
            for (int i = 0; i < tables; i++) {
                int at = i * 16;
                int tag = records.getInt(at);
                long offset = records.getInt(at + 8) & 0xFFFFFFFFL;
                long length = records.getInt(at + 12) & 0xFFFFFFFFL;
                if (tag == 0x6E616D65) { // 'name'
                    name = bytes(channel, offset, length, size);
                } else if (tag == 0x4F532F32) { // 'OS/2'
                    os2 = bytes(channel, offset, length, size);
                }
            }
            if (name == null) {
                return Optional.empty();
            }
            String family = windowsEnglishName(name, FAMILY);
            String typographic = windowsEnglishName(name, TYPOGRAPHIC_FAMILY);
            if (typographic != null && !typographic.isBlank()) {
                family = typographic;
            }
            if (family == null || family.isBlank()) {
                return Optional.empty();
            }
            boolean hasOs2 = os2 != null && os2.capacity() >= 64;
            int weight = hasOs2 ? os2.getShort(4) & 0xFFFF : 400;
            boolean italic = hasOs2 && (os2.getShort(62) & 1) != 0;
            return Optional.of(new FontFace(file, family, weight, italic));
        }
    }

    /** The name with this id for Windows, Unicode BMP, US English (UTF-16), or null. */
    private static String windowsEnglishName(ByteBuffer table, int nameId) {
        if (table.capacity() < 6) {
            return null;
        }
        int count = table.getShort(2) & 0xFFFF;
        int strings = table.getShort(4) & 0xFFFF;
        for (int i = 0; i < count && 6 + (i + 1) * 12 <= table.capacity(); i++) {
            int at = 6 + i * 12;
            if ((table.getShort(at) & 0xFFFF) == WINDOWS && (table.getShort(at + 2) & 0xFFFF) == UNICODE_BMP
                    && (table.getShort(at + 4) & 0xFFFF) == ENGLISH_US && (table.getShort(at + 6) & 0xFFFF) == nameId) {
                int length = table.getShort(at + 8) & 0xFFFF;
                int offset = strings + (table.getShort(at + 10) & 0xFFFF);
                if (offset + length > table.capacity()) {
                    return null;
                }
                byte[] utf16 = new byte[length];
                table.get(offset, utf16);
                return new String(utf16, StandardCharsets.UTF_16BE);
            }
        }
        return null;
    }

    /** {@code length} bytes at {@code offset}, or null when they are not all inside the file. */
    private static ByteBuffer bytes(FileChannel channel, long offset, long length, long size) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size || length > Integer.MAX_VALUE) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }
}
