package org.handouts.images;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Downloaded pictures on disk, keyed by a hash of the URL exactly as written. Each entry is the original
 * bytes ({@code KEY.bin}) plus what we need to revalidate them ({@code KEY.properties}: URL, ETag,
 * Last-Modified, when fetched). The metadata file is written last, so an entry without one is never trusted.
 */
public final class ImageCache {

    /** One cached download. */
    public record Entry(String url, Path bytes, Optional<String> etag, Optional<String> lastModified, Instant fetchedAt) { }

    private final Path folder;

    public ImageCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public static String key(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Entry> lookup(String url) {
        String key = key(url);
        Path meta = folder.resolve(key + ".properties");
        Path bytes = folder.resolve(key + ".bin");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(bytes)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            properties.load(reader);
            if (!url.equals(properties.getProperty("url"))
                    || Files.size(bytes) != Long.parseLong(properties.getProperty("size", "-1"))) {
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
        writeMeta(url, data.length, etag, lastModified, now);
        return new Entry(url, bytes, etag, lastModified, now);
    }

    /** A 304 answer: the bytes are still good; remember when we last checked. */
    public Entry touch(Entry entry) throws IOException {
        Instant now = Instant.now();
        writeMeta(entry.url(), Files.size(entry.bytes()), entry.etag(), entry.lastModified(), now);
        return new Entry(entry.url(), entry.bytes(), entry.etag(), entry.lastModified(), now);
    }

    private void writeMeta(String url, long size, Optional<String> etag, Optional<String> lastModified, Instant when)
            throws IOException {
        Properties properties = new Properties();
        properties.setProperty("url", url);
        properties.setProperty("size", Long.toString(size));
        properties.setProperty("fetchedAt", when.toString());
        etag.ifPresent(v -> properties.setProperty("etag", v));
        lastModified.ifPresent(v -> properties.setProperty("lastModified", v));
        StringWriter text = new StringWriter();
        properties.store(text, "handouts image cache entry");
        AtomicWrite.write(folder.resolve(key(url) + ".properties"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Where a derived file (such as a scaled copy) of a cached or local image lives. */
    public Path derived(String sourceKey, String suffix) {
        return folder.resolve("derived").resolve(sourceKey + suffix);
    }
}
