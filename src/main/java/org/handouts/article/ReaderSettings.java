package org.handouts.article;

/**
 * What reading a library needs from handouts.yml. Kept here (not in config) because config depends on this
 * package, never the other way round.
 *
 * @param maxKilobytes    an article larger than this is refused ({@code limits.maxArticleKilobytes})
 * @param folderTopics    whether an article without tags takes its folder names as topics ({@code library.folderTopics})
 * @param defaultLanguage the library's language: a folder named after it, like one named after an article's
 *                        {@code lang}, holds translations and is never a topic
 */
public record ReaderSettings(int maxKilobytes, boolean folderTopics, String defaultLanguage) {

    public static ReaderSettings defaults() {
        return new ReaderSettings(ArticleReader.DEFAULT_MAX_KILOBYTES, true, "en");
    }

    public ReaderSettings withMaxKilobytes(int kilobytes) {
        return new ReaderSettings(kilobytes, folderTopics, defaultLanguage);
    }
}
