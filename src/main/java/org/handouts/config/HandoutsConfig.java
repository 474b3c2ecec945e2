package org.handouts.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The library-wide settings from {@code handouts.yml}.
 *
 * @param tagOrder tag labels to put first, in this order, wherever tags are listed; the rest follow alphabetically
 * @param siteBaseUrl where the articles live online, for links and QR codes (URL = base + slug)
 * @param booklet     the printed booklet's settings (which layout makes it)
 */
public record HandoutsConfig(
        Path file,
        String title,
        String language,
        PaperSize paper,
        List<String> layouts,
        Brand brand,
        List<String> tagOrder,
        Optional<String> siteBaseUrl,
        BookletSettings booklet) {

    public HandoutsConfig {
        layouts = List.copyOf(layouts);
        tagOrder = List.copyOf(tagOrder);
    }

    /** Without booklet settings: the booklet uses the default layout. */
    public HandoutsConfig(Path file, String title, String language, PaperSize paper, List<String> layouts,
                          Brand brand, List<String> tagOrder, Optional<String> siteBaseUrl) {
        this(file, title, language, paper, layouts, brand, tagOrder, siteBaseUrl, BookletSettings.defaults());
    }

    /** The folder paths in the file are relative to. */
    public Path baseFolder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
