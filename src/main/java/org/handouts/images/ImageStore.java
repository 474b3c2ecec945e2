package org.handouts.images;

import org.handouts.config.ImageSettings;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.PictureAddress;

/**
 * The one way pictures enter the outputs. Resolves a source from an article (URL or local path), fetches
 * or reads it, checks what it really is, prepares it for print, and hands back a local file that renderers
 * may embed. Never throws for a bad picture: the answer is a warning and no picture, and the handout is
 * made without it.
 *
 * <p>Each source is fetched and prepared once per build, on a small pool of its own, so downloads run
 * alongside rendering and each other, and a slow server holds up only the articles that use its picture.
 */
public final class ImageStore {

    private final ImageCache cache;
    private final ImageFetcher fetcher;
    private final ImagePreparer preparer;
    private final boolean offline;
    private final Path projectRoot;
    private final ImageSettings settings;
    private final ExecutorService pool;
    /** One fetch and preparation per source per build, shared by every article and layout that uses it. */
    private final ConcurrentMap<String, CompletableFuture<Checked>> work = new ConcurrentHashMap<>();

    /** A picture ready to embed, or why not (a warning, worded to follow the picture's name). */
    private record Checked(Optional<PreparedImage> image, String problem, Optional<String> note) { }

    public ImageStore(Path cacheFolder, boolean offline, Path projectRoot, ImageSettings settings) {
        this.cache = new ImageCache(cacheFolder);
        this.fetcher = new ImageFetcher(settings);
        this.preparer = new ImagePreparer(cache, settings);
        this.offline = offline;
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.settings = settings;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(ImageSettings.PARALLEL_DOWNLOADS, runnable -> {
            Thread thread = new Thread(runnable, "images-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ImageCache cache() {
        return cache;
    }

    public ImageSettings settings() {
        return settings;
    }

    /**
     * @param source      the URL or path as written in the article
     * @param articleFile the article it belongs to (local paths are relative to its folder)
     * @param line        where the source is written, for messages
     */
    public ImageOutcome prepare(String source, Path articleFile, int line, int column) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String label;
        CompletableFuture<Checked> pending;
        PictureAddress address = PictureAddress.of(source, articleFile, projectRoot);
        Optional<Diagnostic> problem = address.problem(articleFile, line, column);
        if (problem.isPresent()) {
            diagnostics.add(problem.get());
            return new ImageOutcome(Optional.empty(), diagnostics);
        }
        if (address.kind() == PictureAddress.Kind.WEB) {
            label = shorten(source);
            pending = start(source);
        } else {
            label = "'" + source + "'";
            Path local = address.file().orElseThrow();
            // Read here, not on the download pool: a local file must never queue behind slow servers.
            CompletableFuture<Checked> mine = new CompletableFuture<>();
            pending = work.putIfAbsent("file:" + local, mine);
            if (pending == null) {
                try {
                    mine.complete(readLocal(local));
                } catch (RuntimeException e) {
                    mine.complete(problem("could not be used (" + e + ")")); // never leave others waiting
                }
                pending = mine;
            }
        }
        Checked checked = pending.join();
        checked.note().ifPresent(note -> diagnostics.add(Diagnostic.note(articleFile, line, column, "picture " + label + ": " + note)));
        if (checked.image().isEmpty()) {
            diagnostics.add(Diagnostic.warning(articleFile, line, column,
                    "picture " + label + " " + checked.problem() + "; the handout is made without it"));
        }
        return new ImageOutcome(checked.image(), diagnostics);
    }

    private CompletableFuture<Checked> start(String url) {
        return work.computeIfAbsent(url, u -> CompletableFuture.supplyAsync(() -> download(u), pool));
    }

    private Checked readLocal(Path file) {
        try {
            return check(Files.readAllBytes(file), Optional.empty());
        } catch (IOException e) {
            return problem("could not be read (" + e.getMessage() + ")");
        }
    }

    private Checked download(String url) {
        try {
            Optional<ImageCache.Entry> cached = cache.lookup(url);
            if (offline) {
                return cached.map(e -> checkCached(e, Optional.empty()))
                        .orElseGet(() -> problem("is not in the picture cache, and --offline allows no downloads"));
            }
            // Without a validator a cached copy cannot be checked cheaply; it is used as it is ('handouts cache clear' refreshes it).
            if (cached.isPresent() && cached.get().etag().isEmpty() && cached.get().lastModified().isEmpty()) {
                return checkCached(cached.get(), Optional.empty());
            }
            ImageFetcher.Result result = fetcher.fetch(url, cached);
            if (result instanceof ImageFetcher.NotModified) {
                return checkCached(cache.touch(cached.get()), Optional.empty());
            }
            if (result instanceof ImageFetcher.Fetched fetched) {
                // Only pictures are cached: an error page sent as 200 must not be served from the cache next time.
                ImageFormat format = ImageFormat.sniff(head(fetched.bytes()));
                if (format.isSupportedRaster()) {
                    cache.store(url, fetched.bytes(), fetched.etag(), fetched.lastModified());
                }
                return check(fetched.bytes(), Optional.empty());
            }
            String reason = ((ImageFetcher.Failed) result).reason();
            // A server that is down today should not take away a picture we already have.
            return cached.map(e -> checkCached(e, Optional.of("could not be checked for changes (" + reason
                            + "); the copy cached " + e.fetchedAt().toString().substring(0, 10) + " is used")))
                    .orElseGet(() -> problem("could not be downloaded: " + reason));
        } catch (IOException e) {
            return problem("could not be stored in the picture cache " + cache.folder() + " (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return problem("could not be used (" + e + ")");
        }
    }

    private Checked checkCached(ImageCache.Entry entry, Optional<String> note) {
        try {
            Checked checked = check(Files.readAllBytes(entry.bytes()), note);
            return checked;
        } catch (IOException e) {
            return problem("could not be read from the picture cache (" + e.getMessage() + ")");
        }
    }

    /** What the bytes really are, whether they are safe to decode, and the prepared copy. */
    private Checked check(byte[] bytes, Optional<String> note) {
        ImageFormat format = ImageFormat.sniff(head(bytes));
        if (!format.isSupportedRaster()) {
            return new Checked(Optional.empty(), "is " + format.describe() + excerpt(format, bytes), note);
        }
        Optional<Dimension> size = ImageInspector.dimensions(bytes);
        if (size.isEmpty()) {
            return new Checked(Optional.empty(), "looks like a " + format.name() + " image but is damaged or incomplete ("
                    + bytes.length + " bytes)", note);
        }
        long pixels = (long) size.get().width * size.get().height;
        if (pixels > settings.maxPixels() || size.get().width <= 0 || size.get().height <= 0) {
            return new Checked(Optional.empty(), "is " + size.get().width + "×" + size.get().height + " pixels, over the limit of "
                    + megapixels(settings.maxPixels()) + " megapixels (images.maxMegapixels); it was not decoded", note);
        }
        try {
            return new Checked(Optional.of(preparer.prepare(bytes, format)), "", note);
        } catch (IOException | RuntimeException e) {
            return new Checked(Optional.empty(), "looks like a " + format.name() + " image but could not be decoded ("
                    + e.getMessage() + ")", note);
        } catch (OutOfMemoryError e) {
            return new Checked(Optional.empty(), "is too large to prepare in the memory available", note);
        }
    }

    private static Checked problem(String problem) {
        return new Checked(Optional.empty(), problem, Optional.empty());
    }

    private static byte[] head(byte[] bytes) {
        return Arrays.copyOf(bytes, Math.min(bytes.length, 1024));
    }

    /** For a web page or unknown data: its first characters, which usually say what went wrong ("Access denied"). */
    private static String excerpt(ImageFormat format, byte[] bytes) {
        if (format != ImageFormat.HTML && format != ImageFormat.UNKNOWN) {
            return "";
        }
        String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8)
                .replaceAll("<[^>]*>", " ").replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (text.isEmpty() || text.chars().filter(c -> c == '\uFFFD').count() > 3) {
            return " (" + bytes.length + " bytes)";
        }
        return " (" + bytes.length + " bytes, starting \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\")";
    }

    private static String megapixels(long pixels) {
        double mp = pixels / 1_000_000.0;
        return mp == Math.rint(mp) ? Long.toString((long) mp) : String.format(Locale.ROOT, "%.1f", mp);
    }

    /** A path relative to the article's folder, accepted only if it stays inside the articles folder (links included). */
    private static String shorten(String url) {
        return url.length() > 90 ? url.substring(0, 60) + "…" + url.substring(url.length() - 25) : url;
    }
}
