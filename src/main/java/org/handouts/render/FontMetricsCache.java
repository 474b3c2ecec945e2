package org.handouts.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.handouts.io.InputsHash;
import org.handouts.ToolFingerprint;
import org.handouts.images.KeptFile;

/**
 * openhtmltopdf's font-metrics cache (ascent, descent, underline and strike-through of each face) on a
 * concurrent map, so all render workers share it, optionally kept between builds in the output folder.
 *
 * <p>openhtmltopdf needs the metrics of every face in a {@code font-family} list, fallbacks included, before
 * it lays out the first line; without them it parses each of those font files completely. The shipped
 * layouts name Noto Sans and DejaVu Sans as fallbacks (1.3 MB), so the first render of every build parsed
 * them just for six numbers each: a sixth of a one-article rebuild's rendering. Kept as
 * {@code .handouts-font-metrics-<hash>.tsv}, where the hash covers every font file (path, size, time, name)
 * and the tool's version, so a changed font is measured again.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
    private static final String PREFIX = ".handouts-font-metrics-";

    private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();
    private final Optional<Path> file;

    /** A cache for this process only. */
    FontMetricsCache() {
        this.file = Optional.empty();
    }

    /** A cache kept in {@code folder} for these fonts, starting with what an earlier build measured. */
    FontMetricsCache(Path folder, FontLibrary fonts) {
        this.file = key(fonts).map(key -> folder.resolve(PREFIX + key + ".tsv"));
        load();
    }

    @Override
    public void put(String key, FSCacheValue value) {
        if (!value.equals(values.put(key, value))) {
            save();
        }
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        FSCacheValue known = values.get(key);
        if (known != null) {
            return known;
        }
        FSCacheValue made = values.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("could not load font metrics for " + k, e);
            }
        });
        save();
        return made;
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }

    private void load() {
        if (file.isEmpty()) {
            return;
        }
        Optional<byte[]> kept = KeptFile.read(file.get());
        if (kept.isEmpty()) {
            return;
        }
        try {
            for (String line : new String(kept.get(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length != 7) {
                    continue;
                }
                float[] numbers = new float[6];
                for (int i = 0; i < 6; i++) {
                    numbers[i] = Float.parseFloat(fields[i + 1]);
                }
                values.put(fields[0], new PdfBoxRawPDFontMetrics(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]));
            }
        } catch (RuntimeException e) {
            values.clear(); // a damaged file: measure again
        }
    }

    /** Rewrites the whole (small) file: a build adds a handful of faces, once. */
    private synchronized void save() {
        if (file.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Map<String, FSCacheValue> sorted = new TreeMap<>(values);
        sorted.forEach((key, value) -> {
            if (value instanceof PdfBoxRawPDFontMetrics m && !key.contains("\t") && !key.contains("\n")) {
                text.append(key);
                for (float f : new float[] {m._ascent, m._descent, m._strikethroughOffset, m._strikethroughThickness,
                        m._underlinePosition, m._underlineThickness}) {
                    text.append('\t').append(f);
                }
                text.append('\n');
            }
        });
        try {
            removeOthers(file.get());
            KeptFile.write(file.get(), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Only a cache: the next build measures the fonts again.
        }
    }

    /** Empty when a font file cannot be looked at: then nothing is kept. */
    private static Optional<String> key(FontLibrary fonts) {
        InputsHash hash = InputsHash.start("font metrics 1").add(ToolFingerprint.get());
        try {
            for (FontFace face : fonts.faces()) {
                hash.add(face.stamp());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(hash.hex().substring(0, 24));
    }

    /** Metrics of earlier font sets are never read again. */
    private static void removeOthers(Path keep) throws IOException {
        Path folder = keep.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*.tsv")) {
            for (Path other : old) {
                if (!other.equals(keep)) {
                    KeptFile.delete(other);
                }
            }
        }
    }
}
