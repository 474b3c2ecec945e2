package org.handouts.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB container (OCF): a zip whose first entry is {@code mimetype}, stored uncompressed with no extra
 * fields, so readers can sniff the type from fixed bytes. Everything else is deflated in the order given,
 * every entry with the same time, so equal inputs make equal bytes.
 *
 * <p>Entries are streamed into the zip one after another (pictures and fonts straight from their files),
 * so writing a booklet needs memory for one buffer, not for the whole book. The deflater's output does not
 * depend on how its input is cut into pieces, so the bytes are the same as writing each entry at once.
 */
final class EpubArchive {

    /** Where an entry's bytes come from; opened when the entry is written, and closed after it. */
    interface Source {
        InputStream open() throws IOException;
    }

    /**
     * One file of the book, by its path in the container. {@code alreadyCompressed} entries (JPEG, PNG, GIF
     * and WebP pictures) are stored as they are: deflate gains 0-3% on real photos, and deflating them was
     * most of the time of writing a booklet (5.7 MB of heroes at N=100: 0.4 s of a one-article rebuild).
     */
    record Entry(String path, Source source, boolean alreadyCompressed) {
        Entry(String path, Source source) {
            this(path, source, false);
        }

        Entry(String path, byte[] data) {
            this(path, () -> new ByteArrayInputStream(data));
        }
    }

    static final String MIMETYPE = "application/epub+zip";
    /** Zip (DOS) times start in 1980; earlier source dates are clamped. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private EpubArchive() { }

    static void write(OutputStream target, List<Entry> entries, Instant time) throws IOException {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (stamp.isBefore(EARLIEST)) {
            stamp = EARLIEST;
        }
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            // setTimeLocal writes only the DOS time field: no time-zone-dependent value, no extra field.
            first.setTimeLocal(stamp);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.path());
                if (entry.alreadyCompressed()) {
                    stored(zipEntry, entry.source());
                } else {
                    zipEntry.setMethod(ZipEntry.DEFLATED);
                }
                zipEntry.setTimeLocal(stamp);
                zip.putNextEntry(zipEntry);
                try (InputStream in = entry.source().open()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /**
     * Marks an entry as stored. A stored entry's size and CRC come before its bytes in the zip, so the
     * source is read once for them (from the page cache, and CRC-32 runs at gigabytes a second) and again
     * to be copied.
     */
    private static void stored(ZipEntry entry, Source source) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = source.open()) {
            for (int n; (n = in.read(buffer)) >= 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
    }
}
