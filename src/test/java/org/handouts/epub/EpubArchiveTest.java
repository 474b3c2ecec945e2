package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booklet's zip is written entry by entry from streams, with the same bytes as from whole arrays. */
class EpubArchiveTest {

    private static final Instant TIME = Instant.parse("2026-03-01T09:30:00Z");

    @TempDir
    Path temp;

    @Test
    void streamed_entries_give_the_same_bytes_as_entries_written_at_once() throws IOException {
        byte[] page = "<html><body><p>Take two tablets daily.</p></body></html>\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
        byte[] picture = new byte[300_000];
        Random random = new Random(1);
        for (int i = 0; i < picture.length; i++) {
            picture[i] = (byte) (random.nextInt(8) * (i % 97 == 0 ? 31 : 1)); // compressible, but not trivially
        }
        Path file = Files.write(temp.resolve("picture.jpg"), picture);

        // One write per entry, as the archive was written when every entry was held in memory.
        byte[] atOnce = write(List.of(new EpubArchive.Entry("EPUB/text/a.xhtml", page),
                new EpubArchive.Entry("EPUB/images/a.jpg", picture)));
        // The same files through streams that hand over a few hundred bytes at a time, and from disk.
        byte[] streamed = write(List.of(new EpubArchive.Entry("EPUB/text/a.xhtml", () -> trickle(page)),
                new EpubArchive.Entry("EPUB/images/a.jpg", () -> Files.newInputStream(file))));
        assertArrayEquals(atOnce, streamed);

        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(streamed))) {
            assertEquals("mimetype", zip.getNextEntry().getName());
            assertEquals("EPUB/text/a.xhtml", zip.getNextEntry().getName());
            assertArrayEquals(page, zip.readAllBytes());
            ZipEntry image = zip.getNextEntry();
            assertEquals("EPUB/images/a.jpg", image.getName());
            assertArrayEquals(picture, zip.readAllBytes());
        }
    }

    @Test
    void pictures_are_stored_as_they_are_with_their_size_and_checksum() throws IOException {
        byte[] picture = new byte[200_000];
        new Random(3).nextBytes(picture);
        Path file = Files.write(temp.resolve("hero.jpg"), picture);
        byte[] page = "<p>Rest when you feel tired.</p>".repeat(500).getBytes(StandardCharsets.UTF_8);
        Path epub = temp.resolve("book.epub");
        Files.write(epub, write(List.of(new EpubArchive.Entry("EPUB/images/hero.jpg", () -> Files.newInputStream(file), true),
                new EpubArchive.Entry("EPUB/text/a.xhtml", page))));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            ZipEntry hero = zip.getEntry("EPUB/images/hero.jpg");
            assertEquals(ZipEntry.STORED, hero.getMethod());
            assertEquals(picture.length, hero.getCompressedSize());
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(picture);
            assertEquals(crc.getValue(), hero.getCrc());
            try (InputStream in = zip.getInputStream(hero)) {
                assertArrayEquals(picture, in.readAllBytes());
            }
            ZipEntry text = zip.getEntry("EPUB/text/a.xhtml");
            assertEquals(ZipEntry.DEFLATED, text.getMethod());
            assertEquals(true, text.getCompressedSize() < page.length / 10, "text is deflated");
        }
    }

    private static byte[] write(List<EpubArchive.Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EpubArchive.write(out, entries, TIME);
        return out.toByteArray();
    }

    /** Reads in pieces of 1 to 700 bytes, never more. */
    private static InputStream trickle(byte[] data) {
        Random sizes = new Random(2);
        return new FilterInputStream(new java.io.ByteArrayInputStream(data)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + sizes.nextInt(700)));
            }

            @Override
            public long transferTo(java.io.OutputStream out) throws IOException {
                byte[] buffer = new byte[4096];
                long total = 0;
                for (int n; (n = read(buffer, 0, buffer.length)) >= 0; total += n) {
                    out.write(buffer, 0, n);
                }
                return total;
            }
        };
    }
}
