package org.handouts.images;

import org.handouts.io.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A file one build keeps for the next (a prepared picture, the painted cover, a prepared article, a laid-out
 * booklet chapter), with a checksum beside it ({@code NAME.crc32c}: the CRC-32C and the size of the file's
 * bytes). CRC-32C, not a cryptographic hash: it guards against a torn or damaged file, not against anyone
 * (whoever can write the cache can write the outputs), and the JIT the launcher runs (C1) has an intrinsic
 * for it but none for SHA-256, which took longer than reading the files it checked. A kept file is
 * used only when it still matches its checksum: one truncated by a full disk or damaged later is
 * "make it again", never "use it". The checksum is written after the file, both atomically, so a build
 * killed between the two leaves a file that does not match and is made again.
 *
 * <p>Every cache that keeps files goes through here, so there is one rule for trusting them.
 */
public final class KeptFile {

    /** What a checksum file's name ends with; caches that delete their own files delete these too. */
    public static final String SUFFIX = ".crc32c";
    /** The checksum files of earlier versions (SHA-256), deleted with their file. */
    private static final String OLD_SUFFIX = ".sha256";

    private KeptFile() { }

    /** Keeps {@code bytes} as {@code file}, with its checksum. */
    public static void write(Path file, byte[] bytes) throws IOException {
        AtomicWrite.write(file, bytes);
        AtomicWrite.write(checksumFile(file), checksum(bytes).getBytes(StandardCharsets.US_ASCII));
    }

    /** Keeps what {@code writer} writes as {@code file}, with its checksum. */
    public static void write(Path file, AtomicWrite.Writer writer) throws IOException {
        AtomicWrite.write(file, writer);
        // Read back, not hashed on the way: what counts is what reached the disk.
        AtomicWrite.write(checksumFile(file), checksum(Files.readAllBytes(file)).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The kept file's bytes when it is there and matches its checksum; else empty, and a damaged file is
     * deleted (with its checksum) so that it is made again.
     */
    public static Optional<byte[]> read(Path file) {
        Path sum = checksumFile(file);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (Files.isRegularFile(sum) && Files.readString(sum, StandardCharsets.US_ASCII).strip().equals(checksum(bytes))) {
                return Optional.of(bytes);
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable: as good as damaged.
        }
        delete(file);
        return Optional.empty();
    }

    /** Whether the kept file is there and whole (see {@link #read}). */
    public static boolean isIntact(Path file) {
        return read(file).isPresent();
    }

    /** Deletes a kept file and its checksum; false if either could not be deleted. */
    public static boolean delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(checksumFile(file));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + OLD_SUFFIX));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static Path checksumFile(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    static String checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format(java.util.Locale.ROOT, "%08x %d", crc.getValue(), bytes.length);
    }
}
