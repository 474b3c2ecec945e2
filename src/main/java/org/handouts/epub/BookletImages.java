package org.handouts.epub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handouts.images.ImageFormat;

/**
 * The pictures that go into the booklet: each prepared file copied once (a picture used by two articles
 * is stored once), named after the first article that uses it, typed by its real format, not its name.
 * The files are the image store's prepared ones, already scaled for screens and compressed. Only their
 * first bytes are read here; the booklet writer copies each file into the zip when it gets to it, so a
 * booklet of a thousand pictures never holds them all in memory.
 */
final class BookletImages {

    /** One picture in the book: its path in the book, the prepared file it is copied from, its size and media type. */
    record Image(String href, Path file, long size, String mediaType) { }

    private final Map<Path, Optional<Image>> byFile = new LinkedHashMap<>();
    private final Set<String> hrefs = new HashSet<>();

    /**
     * The picture for a prepared file, added the first time it is asked for; empty when the file cannot be
     * read or is not a format EPUB readers must support.
     */
    Optional<Image> add(Path file, String nameHint) {
        Path key = file.toAbsolutePath().normalize();
        Optional<Image> known = byFile.get(key);
        if (known != null) {
            return known;
        }
        Optional<Image> image = read(key, nameHint);
        byFile.put(key, image);
        return image;
    }

    List<Image> all() {
        List<Image> images = new ArrayList<>();
        byFile.values().forEach(i -> i.ifPresent(images::add));
        return images;
    }

    private Optional<Image> read(Path file, String nameHint) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
            size = Files.size(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        ImageFormat format = ImageFormat.sniff(head);
        String mediaType = switch (format) {
            case JPEG -> "image/jpeg";
            case PNG -> "image/png";
            case GIF -> "image/gif";
            case WEBP -> "image/webp";
            default -> null;
        };
        if (mediaType == null) {
            return Optional.empty();
        }
        String stem = "images/" + Names.safe(nameHint);
        String href = stem + "." + format.extension();
        for (int n = 2; hrefs.contains(href); n++) {
            href = stem + "-" + n + "." + format.extension();
        }
        hrefs.add(href);
        return Optional.of(new Image(href, file, size, mediaType));
    }
}
