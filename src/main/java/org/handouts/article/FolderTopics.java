package org.handouts.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The topics an untagged article takes from its folders: {@code managing-symptoms/tremor} is about "Managing
 * symptoms", so the booklet's table of contents groups a foldered library the way its site does. A language
 * folder ({@code es/}, named like the article's {@code lang} or the library's language) holds translations, not a
 * topic, and is passed over.
 */
final class FolderTopics {

    private FolderTopics() { }

    static List<Tag> of(String slug, String lang, String defaultLanguage) {
        String[] parts = slug.split("/");
        List<Tag> topics = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String folder = parts[i];
            if (isLanguage(folder, lang) || isLanguage(folder, defaultLanguage)) {
                continue;
            }
            String label = label(folder);
            if (!label.isEmpty() && topics.stream().noneMatch(t -> t.key().equals(Tag.of(label).key()))) {
                topics.add(Tag.of(label));
            }
        }
        return List.copyOf(topics);
    }

    /** {@code es} for {@code es} and {@code es-MX}; {@code pt-br} for {@code pt-BR}. */
    private static boolean isLanguage(String folder, String lang) {
        String name = folder.toLowerCase(Locale.ROOT).replace('_', '-');
        String tag = lang.toLowerCase(Locale.ROOT);
        return name.equals(tag) || name.equals(tag.split("-")[0]) && tag.contains("-");
    }

    /** "managing-symptoms" and "02_managing_symptoms" (a sidebar's number prefix) read "Managing symptoms". */
    static String label(String folder) {
        String words = folder.replaceFirst("^\\d+[-_. ]+", "").replaceAll("[-_]+", " ").strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return "";
        }
        // Only the first letter: "HIV-care" keeps its capitals, "managing symptoms" reads as a sentence.
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
