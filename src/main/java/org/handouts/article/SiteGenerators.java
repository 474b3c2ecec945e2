package org.handouts.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front-matter conventions of the common site generators (Astro, Hugo, Jekyll, Docusaurus, MkDocs,
 * Eleventy), so that a clinic's existing site content reads unchanged. The keys that mean something in a
 * handout are mapped by {@link ArticleReader}; the README's "Bring your own library" table lists them.
 */
final class SiteGenerators {

    private SiteGenerators() { }

    /** Dates a generator keeps; the latest of them is the reviewed date when {@code reviewed} is absent. */
    static final List<String> DATE_KEYS = List.of("updatedDate", "lastmod", "last_modified_at", "date", "pubDate");

    /** Keys with a meaning here, read by the reader: a hero, a description, tags, a draft. */
    static final List<String> MAPPED_KEYS = List.of("image", "summary", "categories", "category", "draft", "published");

    /**
     * Keys these generators use for things a handout has no use for (layout, menus, sidebars, permalinks,
     * authors): read silently, since warning about every one would bury the warnings that matter.
     */
    static final Set<String> IGNORED_KEYS = Set.of(
            // Astro (the blog starter and common themes)
            "author", "authors", "layout", "ogImage", "canonicalURL", "featured",
            // Hugo
            "slug", "aliases", "weight", "type", "linkTitle", "menu", "toc", "series", "subtitle", "publishDate",
            "expiryDate", "outputs", "resources", "cascade", "build", "markup", "isCJKLanguage", "headless",
            "translationKey", "images", "keywords", "params", "showToc", "comments", "expirydate", "publishdate",
            // Jekyll
            "permalink", "excerpt", "excerpt_separator", "redirect_from", "sitemap", "nav_order",
            "parent", "has_children", "nav_exclude",
            // Docusaurus
            "sidebar_position", "sidebar_label", "sidebar_class_name", "sidebar_custom_props", "hide_title",
            "hide_table_of_contents", "pagination_label", "pagination_next", "pagination_prev", "custom_edit_url",
            "displayed_sidebar", "last_update", "toc_min_heading_level", "toc_max_heading_level", "unlisted",
            "parse_number_prefixes",
            // MkDocs (Material)
            "hide", "template", "search", "status", "icon", "nav_title",
            // Eleventy
            "eleventyExcludeFromCollections", "eleventyNavigation", "pagination");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    /** "Jul 08 2022" (the Astro starter), "July 8, 2022", "8 July 2022". */
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            written("MMM d yyyy"), written("MMMM d yyyy"), written("d MMM yyyy"), written("d MMMM yyyy"));

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /**
     * A generator's date as people write it: {@code 2024-03-05}, {@code 2024-03-05T10:00:00Z},
     * {@code 2024-03-05 10:00:00 +0100} (Jekyll), {@code Mar 5 2024} or {@code March 5, 2024}.
     */
    static Optional<LocalDate> date(String value) {
        String text = value.strip();
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        String written = text.replace(",", " ").replaceAll("\\s+", " ");
        for (DateTimeFormatter format : WRITTEN_DATES) {
            try {
                return Optional.of(LocalDate.parse(written, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
