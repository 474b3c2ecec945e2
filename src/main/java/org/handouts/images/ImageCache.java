package org.handouts.images;

import org.handouts.config.ImageSettings;
import org.handouts.io.AtomicWrite;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Downloaded pictures on disk, keyed by a hash of the URL exactly as written. Each entry is the original
 * bytes ({@code KEY.bin}) plus what we need to revalidate them ({@code KEY.properties}: URL, ETag,
 * Last-Modified, when fetched, and the bytes' SHA-256). Both files are written atomically and the metadata
 * last; an entry is trusted only when the bytes match the hash in its metadata, so a build killed at any
 * moment never leaves an entry a later build would use.
 *
 * <p>Scaled copies live in {@code derived/}, named by the hash of the original bytes and the settings
 * they were made with: an unchanged picture is never scaled twice, a changed one never reuses a stale copy.
 */
public final class ImageCache {

    /** One cached download. */
    public record Entry(String url, Path bytes, Optional<String> etag, Optional<String> lastModified, Instant fetchedAt) { }

    /** A cached download as the {@code cache list} command shows it. */
    public record Listing(String url, long size, Instant fetchedAt) { }

    /** Only files with these names are ever deleted by {@link #clear}: the folder could be anything the user named. */
    private static final Pattern OURS = Pattern.compile("[0-9a-f]{40}\\.(bin|properties)|\\..*\\.part|[0-9a-f]{64}\\.(jpg|png)(\\.sha256|\\.crc32c)?");

    private final Path folder;

    public ImageCache(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    public static String key(String url) {
        return HexFormat.of().formatHex(sha256(url.getBytes(StandardCharsets.UTF_8)), 0, 20);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    public Optional<Entry> lookup(String url) {
        String key = key(url);
        Path meta = folder.resolve(key + ".properties");
        Path bytes = folder.resolve(key + ".bin");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(bytes)) {
            return Optional.empty();
        }
        try {
            Properties properties = load(meta);
            if (!url.equals(properties.getProperty("url"))
                    || Files.size(bytes) != Long.parseLong(properties.getProperty("size", "-1"))
                    || !hex(Files.readAllBytes(bytes)).equals(properties.getProperty("sha256"))) {
                return Optional.empty();
            }
            return Optional.of(new Entry(url, bytes,
                    Optional.ofNullable(properties.getProperty("etag")),
                    Optional.ofNullable(properties.getProperty("lastModified")),
                    Instant.parse(properties.getProperty("fetchedAt"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Entry store(String url, byte[] data, Optional<String> etag, Optional<String> lastModified) throws IOException {
        String key = key(url);
        Path bytes = folder.resolve(key + ".bin");
        AtomicWrite.write(bytes, data);
        Instant now = Instant.now();
        writeMeta(url, data, etag, lastModified, now);
        return new Entry(url, bytes, etag, lastModified, now);
    }

    /** A 304 answer: the bytes are still good; remember when we last checked. */
    public Entry touch(Entry entry) throws IOException {
        Instant now = Instant.now();
        writeMeta(entry.url(), Files.readAllBytes(entry.bytes()), entry.etag(), entry.lastModified(), now);
        return new Entry(entry.url(), entry.bytes(), entry.etag(), entry.lastModified(), now);
    }

    private void writeMeta(String url, byte[] data, Optional<String> etag, Optional<String> lastModified, Instant when)
            throws IOException {
        Properties properties = new Properties();
        properties.setProperty("url", url);
        properties.setProperty("size", Long.toString(data.length));
        properties.setProperty("sha256", hex(data));
        properties.setProperty("fetchedAt", when.toString());
        etag.ifPresent(v -> properties.setProperty("etag", v));
        lastModified.ifPresent(v -> properties.setProperty("lastModified", v));
        StringWriter text = new StringWriter();
        properties.store(text, "handouts image cache entry");
        AtomicWrite.write(folder.resolve(key(url) + ".properties"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the scaled copy of a picture with these bytes, made with these settings, lives. */
    public Path derived(byte[] original, ImageSettings settings, String extension) {
        byte[] id = (hex(original) + "/" + settings.preparationSignature()).getBytes(StandardCharsets.UTF_8);
        return folder.resolve("derived").resolve(hex(id) + "." + extension);
    }

    /** Every trusted download, oldest first. */
    public List<Listing> list() throws IOException {
        List<Listing> listings = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return listings;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path meta : files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{40}\\.properties")).toList()) {
                try {
                    String url = load(meta).getProperty("url");
                    if (url != null) {
                        lookup(url).ifPresent(e -> listings.add(new Listing(url, size(e.bytes()), e.fetchedAt())));
                    }
                } catch (IOException | RuntimeException e) {
                    // An unreadable entry is not trusted and not listed; 'cache clear' removes it.
                }
            }
        }
        listings.sort(Comparator.comparing(Listing::fetchedAt));
        return listings;
    }

    /** Total bytes of the scaled copies. */
    public long derivedSize() throws IOException {
        Path derived = folder.resolve("derived");
        if (!Files.isDirectory(derived)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(derived)) {
            return files.filter(Files::isRegularFile).mapToLong(ImageCache::size).sum();
        }
    }

    /**
     * Deletes the cache's own files (downloads, their metadata, scaled copies, leftovers of killed builds)
     * and nothing else, so a mistyped {@code --cache} folder loses nothing that is not ours.
     *
     * @return how many files were deleted
     */
    public int clear() throws IOException {
        int deleted = deleteOurs(folder.resolve("derived"));
        deleted += deleteOurs(folder);
        try {
            Files.deleteIfExists(folder.resolve("derived"));
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // Something that is not ours is in there; leave it.
        }
        return deleted;
    }

    private static int deleteOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && OURS.matcher(file.getFileName().toString()).matches()) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static Properties load(Path meta) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
