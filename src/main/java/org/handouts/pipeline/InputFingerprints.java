package org.handouts.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.handouts.io.InputsHash;
import org.handouts.ToolFingerprint;
import org.handouts.article.Article;
import org.handouts.article.PictureAddress;
import org.handouts.article.Tag;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.images.ImageCache;
import org.handouts.images.ImageStore;
import org.handouts.render.Layout;

/**
 * Hashes of everything an output is made from, computed without rendering and, in the common case,
 * without reading unchanged files (the manifest remembers file hashes by size and mtime) or touching
 * the network:
 * <ul>
 *   <li>environment: the tool's version, {@code handouts.yml}, every file in {@code fonts/}, the logo;</li>
 *   <li>layout: every file in the layout's folder, plus shared files in the layouts folder itself;</li>
 *   <li>article: its source text, the bytes of its hero and body pictures, and what the template shows
 *       of other articles (its "related" list and its topic labels), so a tag change elsewhere re-renders it.</li>
 * </ul>
 * A downloaded picture is hashed from the image cache. It is revalidated with the server only when the
 * cache entry was last checked more than an hour ago (then through {@link ImageStore}, which asks with
 * If-None-Match / If-Modified-Since); a URL that could not be had is not tried again for an hour either.
 */
final class InputFingerprints {
    static final java.time.Duration REVALIDATE_AFTER = java.time.Duration.ofHours(1);

    private final BuildManifest manifest;
    private final ImageCache cache;
    private final Supplier<ImageStore> images;
    private final Path projectRoot;
    private final boolean offline;
    private final Instant now;

    InputFingerprints(BuildManifest manifest, ImageCache cache, Supplier<ImageStore> images, Path projectRoot,
                      boolean offline, Instant now) {
        this.manifest = manifest;
        this.cache = cache;
        this.images = images;
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.offline = offline;
        this.now = now;
    }

    String environment(Path configFile, List<Path> fontsFolders, HandoutsConfig config) throws IOException {
        InputsHash hash = InputsHash.start("environment").add("tool", ToolFingerprint.get());
        hash.add("config", manifest.fileHash(configFile));
        for (Path fontsFolder : fontsFolders) {
            hash.add("fonts folder");
            for (Path font : filesUnder(fontsFolder)) {
                hash.add("font " + fontsFolder.relativize(font), manifest.fileHash(font));
            }
        }
        Optional<Path> logo = config.brand().logo();
        hash.add("logo", logo.isPresent() && Files.isRegularFile(logo.get()) ? manifest.fileHash(logo.get()) : "none");
        return hash.hex();
    }

    String layout(Layout layout, Path layoutsFolder, List<Path> otherLayoutFolders) throws IOException {
        InputsHash hash = InputsHash.start("layout").add("name", layout.name());
        for (Path file : filesUnder(layout.folder())) {
            hash.add(layout.folder().relativize(file).toString(), manifest.fileHash(file));
        }
        // Files beside the layouts (shared partials, a common stylesheet) may be included by any layout.
        try (Stream<Path> children = Files.list(layoutsFolder)) {
            for (Path child : children.sorted().toList()) {
                if (otherLayoutFolders.contains(child.toAbsolutePath().normalize()) || child.equals(layout.folder())) {
                    continue;
                }
                for (Path file : filesUnder(child)) {
                    hash.add("shared " + layoutsFolder.relativize(file), manifest.fileHash(file));
                }
            }
        }
        return hash.hex();
    }

    /** What of this article goes into its outputs, in any layout. */
    String article(Article article, List<Article> related, TagIndex tags) throws IOException {
        InputsHash hash = InputsHash.start("article").add("source", article.source());
        if (article.hero().isPresent()) {
            hash.add("hero", picture(article.hero().get().source(), article.file()));
        }
        for (String source : article.markdown().pictureSources()) {
            hash.add("picture " + source, picture(source, article.file()));
        }
        for (Tag tag : tags.tagsOf(article)) {
            hash.add("topic", tag.slug() + "\t" + tags.label(tag));
        }
        for (Article other : related) {
            hash.add("related", other.slug() + "\t" + other.title() + "\t" + other.description());
        }
        return hash.hex();
    }

    /** Every file under a folder (or the one file), with its relative path. */
    String files(Path folderOrFile) throws IOException {
        InputsHash hash = InputsHash.start("files");
        for (Path file : filesUnder(folderOrFile)) {
            hash.add(folderOrFile.relativize(file).toString(), manifest.fileHash(file));
        }
        return hash.hex();
    }

    /** The fingerprint of one picture source as the article writes it. */
    String picture(String source, Path articleFile) throws IOException {
        PictureAddress address = PictureAddress.of(source, articleFile, projectRoot);
        return switch (address.kind()) {
            case WEB -> remote(source, articleFile);
            case OTHER_SCHEME -> "refused";
            case OUTSIDE -> "outside";
            case LOCAL -> Files.isRegularFile(address.file().orElseThrow()) ? "file " + manifest.fileHash(address.file().get()) : "missing";
        };
    }

    /**
     * Asks the server about every picture URL of these articles that needs it (not in the cache, or last
     * checked over an hour ago), all at once on a few threads, so planning a first build does not download
     * pictures one by one. The image store remembers each answer for the rest of the build.
     */
    void prefetch(List<Article> articles) {
        List<String[]> wanted = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Article article : articles) {
            List<String> sources = new ArrayList<>(article.markdown().pictureSources());
            article.hero().ifPresent(h -> sources.add(h.source()));
            for (String source : sources) {
                if (PictureAddress.isWeb(source) && needsNetwork(source) && seen.add(source)) {
                    wanted.add(new String[] {source, article.file().toString()});
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(8, wanted.size()));
        try {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (String[] w : wanted) {
                all.add(pool.submit(() -> images.get().prepare(w[0], Path.of(w[1]), 0, 0)));
            }
            for (java.util.concurrent.Future<?> f : all) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // The answer (a warning) comes again when the article is prepared.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean needsNetwork(String url) {
        Optional<ImageCache.Entry> entry = cache.lookup(url);
        if (offline) {
            return false;
        }
        if (entry.isEmpty()) {
            return !manifest.recentlyUnavailable(url, now);
        }
        return !(entry.get().fetchedAt().plus(REVALIDATE_AFTER).isAfter(now)
                || (entry.get().etag().isEmpty() && entry.get().lastModified().isEmpty()));
    }

    private String remote(String url, Path articleFile) throws IOException {
        Optional<ImageCache.Entry> entry = cache.lookup(url);
        boolean fresh = entry.isPresent() && (offline
                || entry.get().fetchedAt().plus(REVALIDATE_AFTER).isAfter(now)
                || (entry.get().etag().isEmpty() && entry.get().lastModified().isEmpty()));
        if (fresh) {
            return "cached " + manifest.fileHash(entry.get().bytes());
        }
        if (entry.isEmpty() && (offline || manifest.recentlyUnavailable(url, now))) {
            return "unavailable";
        }
        // Stale or never fetched: ask the server now (the image store shares this download with the render).
        boolean ok = images.get().prepare(url, articleFile, 0, 0).image().isPresent();
        Optional<ImageCache.Entry> after = cache.lookup(url);
        if (after.isEmpty()) {
            manifest.markUnavailable(url, now);
            return "unavailable";
        }
        manifest.markAvailable(url);
        return (ok ? "cached " : "cached-unusable ") + manifest.fileHash(after.get().bytes());
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Files.isRegularFile(folder) ? List.of(folder) : List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
        }
        return files;
    }
}
