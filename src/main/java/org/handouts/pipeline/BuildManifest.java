package org.handouts.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handouts.io.InputsHash;
import org.handouts.io.AtomicWrite;

/**
 * What the last builds made, kept in the output folder ({@code out/.handouts-manifest}): for each output
 * file, the hash of everything it was made from and which article owns it. An output whose recorded hash
 * equals the hash of today's inputs, and which is still on disk, is up to date and not rendered again.
 *
 * <p>It also remembers, to keep a no-change build fast without trusting timestamps alone:
 * content hashes of input files keyed by (size, mtime), so unchanged fonts and pictures are not re-read;
 * and when a picture URL that is not in the image cache was last tried, so a failing server is not
 * asked again on every build within {@link #RETRY_UNAVAILABLE_AFTER}.
 *
 * <p>A plain tab-separated text file: it is read at start-up of every build, and a tiny line format needs
 * no parser library and no JSON classes loaded. A missing or damaged manifest only means "render all".
 * Thread-safe.
 */
public final class BuildManifest {

    public static final String FILE_NAME = ".handouts-manifest";
    /** Owner of an output made from the whole library (booklets). */
    public static final String LIBRARY_OWNER = "*";
    public static final java.time.Duration RETRY_UNAVAILABLE_AFTER = java.time.Duration.ofHours(1);
    private static final String HEADER = "# handouts build manifest v1 (safe to delete: the next build renders everything)";

    /** One recorded output: the hash of its inputs and the article slug that owns it. */
    public record Entry(String hash, String owner) { }

    /** A file's content hash as of a size and modification time. */
    private record FileHash(long size, long mtimeNanos, String hash) { }

    private final Path out;
    private final Map<String, Entry> outputs = new ConcurrentHashMap<>();
    private final Map<String, FileHash> files = new ConcurrentHashMap<>();
    private final Map<String, Instant> unavailable = new ConcurrentHashMap<>();

    private BuildManifest(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /**
     * An empty manifest for {@code out}: nothing is known to be up to date. ({@code --force} does not start from
     * it: it loads the manifest and renders everything, keeping the entries of layouts not built this time.)
     */
    public static BuildManifest empty(Path out) {
        return new BuildManifest(out);
    }

    /** The manifest in {@code out}, or an empty one when there is none or it cannot be read. */
    public static BuildManifest load(Path out) {
        BuildManifest manifest = new BuildManifest(out);
        Path file = manifest.file();
        if (!Files.isRegularFile(file)) {
            return manifest;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "output" -> {
                        if (f.length == 4) {
                            manifest.outputs.put(f[1], new Entry(f[2], f[3]));
                        }
                    }
                    case "file" -> {
                        if (f.length == 5) {
                            manifest.files.put(f[1], new FileHash(Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]));
                        }
                    }
                    case "unavailable" -> {
                        if (f.length == 3) {
                            manifest.unavailable.put(f[2], Instant.parse(f[1]));
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new BuildManifest(out);
        }
        return manifest;
    }

    public Path file() {
        return out.resolve(FILE_NAME);
    }

    /** True when {@code output} exists and was last made from inputs with exactly this hash. */
    public boolean upToDate(Path output, String inputsHash) {
        Entry entry = outputs.get(key(output));
        return entry != null && entry.hash().equals(inputsHash) && Files.isRegularFile(output);
    }

    /** Remembers that {@code output} (owned by an article slug, or {@link #LIBRARY_OWNER}) was made from these inputs. */
    public void record(Path output, String inputsHash, String owner) {
        outputs.put(key(output), new Entry(inputsHash, owner));
    }

    /** For library-wide outputs. */
    public void record(Path output, String inputsHash) {
        record(output, inputsHash, LIBRARY_OWNER);
    }

    public void forget(Path output) {
        outputs.remove(key(output));
    }

    public Optional<Entry> entry(Path output) {
        return Optional.ofNullable(outputs.get(key(output)));
    }

    /** Every recorded output, as an absolute path, with its entry. */
    public Map<Path, Entry> outputs() {
        Map<Path, Entry> all = new TreeMap<>();
        outputs.forEach((k, v) -> all.put(out.resolve(k), v));
        return all;
    }

    /** The content hash of {@code file}, from memory when its size and mtime are as when it was last hashed. */
    public String fileHash(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        java.nio.file.attribute.BasicFileAttributes attributes =
                Files.readAttributes(abs, java.nio.file.attribute.BasicFileAttributes.class);
        long size = attributes.size();
        long mtime = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        FileHash known = files.get(abs.toString());
        if (known != null && known.size() == size && known.mtimeNanos() == mtime) {
            return known.hash();
        }
        String hash = InputsHash.start("file").add(Files.readAllBytes(abs)).hex();
        files.put(abs.toString(), new FileHash(size, mtime, hash));
        return hash;
    }

    /** When a picture URL (not in the image cache) was last tried and could not be had, if recently. */
    public boolean recentlyUnavailable(String url, Instant now) {
        Instant when = unavailable.get(url);
        return when != null && when.plus(RETRY_UNAVAILABLE_AFTER).isAfter(now) && !when.isAfter(now);
    }

    public void markUnavailable(String url, Instant when) {
        unavailable.put(url, when);
    }

    public void markAvailable(String url) {
        unavailable.remove(url);
    }

    /** Writes the manifest atomically; file hashes of files that no longer exist are dropped. */
    public void save() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        new TreeMap<>(outputs).forEach((k, v) -> lines.add(String.join("\t", "output", k, v.hash(), v.owner())));
        new TreeMap<>(files).forEach((k, v) -> {
            if (Files.exists(Path.of(k))) {
                lines.add(String.join("\t", "file", k, Long.toString(v.size()), Long.toString(v.mtimeNanos()), v.hash()));
            }
        });
        new TreeMap<>(unavailable).forEach((k, v) -> lines.add(String.join("\t", "unavailable", v.toString(), k)));
        Files.createDirectories(out);
        AtomicWrite.write(file(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Outputs are keyed by their path relative to the output folder, with '/' on every system. */
    private String key(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        Path relative = abs.startsWith(out) ? out.relativize(abs) : abs;
        String text = relative.toString().replace('\\', '/');
        if (text.contains("\t") || text.contains("\n")) {
            throw new IllegalArgumentException("output path with a tab or newline: " + output);
        }
        return text;
    }
}
