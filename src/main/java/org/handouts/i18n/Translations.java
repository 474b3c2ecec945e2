package org.handouts.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handouts.article.Article;

/**
 * Which articles are one text in several languages. Translations share their original's {@code id}, or
 * name it with {@code translationOf: <id>}; folders do not matter. The original is the article that names
 * no other (else the one in the library's default language).
 */
public final class Translations {

    /** One article and its resolved language. */
    public record Version(Article article, String lang) { }

    private static final Translations NONE = new Translations(Map.of(), "en");

    private final Map<Article, List<Version>> groups;
    private final String defaultLanguage;

    private Translations(Map<Article, List<Version>> groups, String defaultLanguage) {
        this.groups = groups;
        this.defaultLanguage = defaultLanguage;
    }

    public static Translations none() {
        return NONE;
    }

    public static Translations of(List<Article> articles, String defaultLanguage) {
        Map<String, List<Version>> byId = new LinkedHashMap<>();
        for (Article article : articles) {
            String id = article.translationOf().orElse(article.id());
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Version(article, lang(article, defaultLanguage)));
        }
        Map<Article, List<Version>> groups = new IdentityHashMap<>();
        for (List<Version> group : byId.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Version> ordered = new ArrayList<>(group);
            // The default language first, then the others by tag: the same order on every handout.
            ordered.sort(Comparator.comparing((Version v) -> !v.lang().equalsIgnoreCase(defaultLanguage))
                    .thenComparing(v -> v.lang().toLowerCase(Locale.ROOT)));
            List<Version> frozen = List.copyOf(ordered);
            group.forEach(v -> groups.put(v.article(), frozen));
        }
        return new Translations(groups, defaultLanguage);
    }

    /** The article's language: its {@code lang}, else the library's. */
    public static String lang(Article article, String defaultLanguage) {
        return article.lang().orElse(defaultLanguage);
    }

    /** The same text in the other languages, default language first. */
    public List<Version> others(Article article) {
        List<Version> group = groups.getOrDefault(article, List.of());
        return group.stream().filter(v -> v.article() != article).toList();
    }

    /**
     * The article this one translates: the one the group's {@code translationOf} points at by id, or else
     * the default-language version; empty for an original or an article with no translations.
     */
    public Optional<Article> originalOf(Article article) {
        List<Version> group = groups.getOrDefault(article, List.of());
        if (group.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> named = article.translationOf();
        Optional<Article> original = named.flatMap(id -> group.stream().map(Version::article)
                .filter(a -> a.id().equals(id) && a.translationOf().isEmpty()).findFirst());
        if (original.isEmpty()) {
            original = group.stream().filter(v -> v.lang().equalsIgnoreCase(defaultLanguage)).map(Version::article).findFirst();
        }
        return original.filter(a -> a != article);
    }

    /** The articles by language (resolved, lower case), each list in library order; the default language first. */
    public static Map<String, List<Article>> byLanguage(List<Article> articles, String defaultLanguage) {
        Map<String, List<Article>> languages = new LinkedHashMap<>();
        languages.put(defaultLanguage.toLowerCase(Locale.ROOT), new ArrayList<>());
        for (Article article : articles) {
            languages.computeIfAbsent(lang(article, defaultLanguage).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(article);
        }
        languages.values().removeIf(List::isEmpty);
        return languages;
    }

    /** A booklet's file name in a language: {@code booklet.epub} stays for the default language, else {@code booklet.es.epub}. */
    public static String bookletName(String defaultName, String lang, String defaultLanguage) {
        if (lang.equalsIgnoreCase(defaultLanguage)) {
            return defaultName;
        }
        int dot = defaultName.lastIndexOf('.');
        return defaultName.substring(0, dot) + "." + lang.toLowerCase(Locale.ROOT) + defaultName.substring(dot);
    }

    /** Every article of a language (resolved), in library order. */
    public static List<Article> inLanguage(List<Article> articles, String lang, String defaultLanguage) {
        return articles.stream().filter(a -> lang(a, defaultLanguage).equalsIgnoreCase(lang)).toList();
    }
}
