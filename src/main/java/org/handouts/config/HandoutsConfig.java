package org.handouts.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The library-wide settings from {@code handouts.yml}.
 *
 * @param tagOrder tag labels to put first, in this order, wherever tags are listed; the rest follow alphabetically
 * @param siteBaseUrl where the articles live online, for links and QR codes (URL = base + slug)
 * @param images    limits for fetching and preparing pictures (the {@code images:} section)
 * @param check     the targets {@code handouts check} holds articles to
 * @param booklet   the printed booklet's settings (which layout makes it)
 * @param limits    bounds on input (the {@code limits:} section)
 * @param siteEnabled whether builds write the web edition, {@code out/site/} ({@code site.enabled})
 * @param texts     the clinic's texts by language, where handouts.yml gives them so (see {@link LocalizedTexts})
 * @param folderTopics whether an article without tags takes its folder names as topics ({@code library.folderTopics})
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
        ImageSettings images,
        CheckOptions check,
        BookletSettings booklet,
        Limits limits,
        boolean siteEnabled,
        LocalizedTexts texts,
        boolean folderTopics) {

    public HandoutsConfig {
        layouts = List.copyOf(layouts);
        tagOrder = List.copyOf(tagOrder);
    }

    /** What reading the articles needs from these settings. */
    public org.handouts.article.ReaderSettings reading() {
        return new org.handouts.article.ReaderSettings(limits.maxArticleKilobytes(), folderTopics, language);
    }
}
