package org.handouts.images;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.handouts.article.Diagnostic;

/**
 * The one way pictures enter the outputs. Resolves a source from an article (URL or local path), fetches
 * or reads it, checks what it really is, and hands back a local file that renderers may embed. Never
 * throws for a bad picture: the answer is a warning and no picture.
 */
public final class ImageStore {

    private final ImageCache cache;
    private final ImageFetcher fetcher;
    private final boolean offline;
    private final Path articlesRoot;
    private final ImageSettings settings;
    /** One download per URL per build, shared by every article and layout that uses it. */
    private final ConcurrentMap<String, CompletableFuture<Loaded>> downloads = new ConcurrentHashMap<>();

    private record Loaded(Optional<Path> file, String problem) { }

    public ImageStore(Path cacheFolder, boolean offline, Path articlesRoot, ImageSettings settings) {
        this.cache = new ImageCache(cacheFolder);
        this.fetcher = new ImageFetcher(settings);
        this.offline = offline;
        this.articlesRoot = articlesRoot.toAbsolutePath().normalize();
        this.settings = settings;
    }

    public ImageCache cache() {
        return cache;
    }

    /**
     * @param source     the URL or path as written in the article
     * @param articleFile the article it belongs to (local paths are relative to its folder)
     * @param line       where the source is written, for messages
     */
    public ImageOutcome prepare(String source, Path articleFile, int line, int column) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Path> file;
        String label;
        if (source.matches("(?i)https?://.*")) {
            Loaded loaded = downloads.computeIfAbsent(source, url -> CompletableFuture.supplyAsync(() -> download(url))).join();
            if (loaded.file().isEmpty()) {
                diagnostics.add(Diagnostic.warning(articleFile, line, column,
                        "picture " + shorten(source) + " could not be used: " + loaded.problem() + "; the handout is made without it"));
                return new ImageOutcome(Optional.empty(), diagnostics);
            }
            file = loaded.file();
            label = shorten(source);
        } else if (source.matches("(?i)[a-z][a-z0-9+.-]+:.*") && !source.matches("(?i)[a-z]:[\\\\/].*")) {
            diagnostics.add(Diagnostic.warning(articleFile, line, column,
                    "picture '" + source + "' is not used: only http(s) addresses and files next to the article are allowed"));
            return new ImageOutcome(Optional.empty(), diagnostics);
        } else {
            Optional<Path> local = resolveLocal(source, articleFile);
            if (local.isEmpty()) {
                diagnostics.add(Diagnostic.error(articleFile, line, column,
                        "picture path '" + source + "' points outside the articles folder; it was not read"));
                return new ImageOutcome(Optional.empty(), diagnostics);
            }
            if (!Files.isRegularFile(local.get())) {
                diagnostics.add(Diagnostic.warning(articleFile, line, column,
                        "picture file '" + source + "' not found (looked for " + local.get() + "); the handout is made without it"));
                return new ImageOutcome(Optional.empty(), diagnostics);
            }
            file = local;
            label = "'" + source + "'";
        }
        return check(file.get(), label, articleFile, line, column, diagnostics);
    }

    private ImageOutcome check(Path file, String label, Path articleFile, int line, int column, List<Diagnostic> diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.warning(articleFile, line, column, "picture " + label + " could not be read: " + e.getMessage()));
            return new ImageOutcome(Optional.empty(), diagnostics);
        }
        ImageFormat format = ImageFormat.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 1024)));
        if (!format.isSupportedRaster()) {
            diagnostics.add(Diagnostic.warning(articleFile, line, column,
                    "picture " + label + " is " + format.describe() + "; the handout is made without it"));
            return new ImageOutcome(Optional.empty(), diagnostics);
        }
        Optional<Dimension> size = ImageInspector.dimensions(bytes);
        if (size.isEmpty()) {
            diagnostics.add(Diagnostic.warning(articleFile, line, column,
                    "picture " + label + " looks like " + format.name() + " but cannot be read; the handout is made without it"));
            return new ImageOutcome(Optional.empty(), diagnostics);
        }
        long pixels = (long) size.get().width * size.get().height;
        if (pixels > settings.maxPixels()) {
            diagnostics.add(Diagnostic.warning(articleFile, line, column, "picture " + label + " is "
                    + size.get().width + "×" + size.get().height + " pixels, over the limit of "
                    + settings.maxPixels() / 1_000_000 + " megapixels; the handout is made without it"));
            return new ImageOutcome(Optional.empty(), diagnostics);
        }
        return new ImageOutcome(Optional.of(new PreparedImage(file, format, size.get().width, size.get().height)), diagnostics);
    }

    /** A path relative to the article's folder, accepted only if it stays inside the articles folder. */
    private Optional<Path> resolveLocal(String source, Path articleFile) {
        Path folder = articleFile.toAbsolutePath().getParent();
        Path resolved = folder.resolve(source).normalize();
        if (!resolved.startsWith(articlesRoot)) {
            return Optional.empty();
        }
        try {
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(articlesRoot.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    private Loaded download(String url) {
        Optional<ImageCache.Entry> cached = cache.lookup(url);
        if (offline) {
            return cached.map(e -> new Loaded(Optional.of(e.bytes()), ""))
                    .orElse(new Loaded(Optional.empty(), "not in the cache, and --offline forbids downloading"));
        }
        // Without a validator a cached copy cannot be checked cheaply, so it is used as it is.
        if (cached.isPresent() && cached.get().etag().isEmpty() && cached.get().lastModified().isEmpty()) {
            return new Loaded(Optional.of(cached.get().bytes()), "");
        }
        ImageFetcher.Result result = fetcher.fetch(url, cached);
        try {
            if (result instanceof ImageFetcher.NotModified) {
                return new Loaded(Optional.of(cache.touch(cached.get()).bytes()), "");
            }
            if (result instanceof ImageFetcher.Fetched fetched) {
                return new Loaded(Optional.of(cache.store(url, fetched.bytes(), fetched.etag(), fetched.lastModified()).bytes()), "");
            }
        } catch (IOException e) {
            return new Loaded(Optional.empty(), "could not write the image cache: " + e.getMessage());
        }
        String reason = ((ImageFetcher.Failed) result).reason();
        // A server that is down today should not take away a picture we already have.
        return cached.map(e -> new Loaded(Optional.of(e.bytes()), ""))
                .orElse(new Loaded(Optional.empty(), reason));
    }

    private static String shorten(String url) {
        return url.length() > 90 ? url.substring(0, 60) + "…" + url.substring(url.length() - 25) : url;
    }
}
