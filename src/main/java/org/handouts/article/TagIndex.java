package org.handouts.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The library's tags, merged case-insensitively, each with one readable label, in a stable order:
 * first the tags {@code handouts.yml} lists under {@code tagOrder}, then the rest alphabetically.
 * Articles under a tag are in title order. Every writer that lists topics uses this one index.
 */
public final class TagIndex {

    /** A tag and its articles. {@code tag} is empty-keyed for the "no topic" group. */
    public record Group(Tag tag, List<Article> articles) {
        public Group {
            articles = List.copyOf(articles);
        }

        public boolean isUntagged() {
            return tag.key().isEmpty();
        }
    }

    public static final String UNTAGGED_LABEL = "Other topics";

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Group> groups;
    /** Each tag key's place in {@link #groups}. */
    private final Map<String, Integer> positions = new java.util.HashMap<>();

    public TagIndex(List<Article> articles, List<String> preferredOrder) {
        for (Article article : articles) {
            for (Tag tag : article.tags()) {
                labels.putIfAbsent(tag.key(), readable(tag.label()));
            }
        }
        Map<String, List<Article>> byKey = new TreeMap<>();
        List<Article> untagged = new ArrayList<>();
        for (Article article : articles) {
            if (article.tags().isEmpty()) {
                untagged.add(article);
            }
            for (Tag tag : article.tags()) {
                byKey.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(article);
            }
        }
        // A set, not a list: with a list, "is it there yet" made 100,000 tags take minutes.
        Set<String> keys = new LinkedHashSet<>();
        for (String preferred : preferredOrder) {
            String key = Tag.of(preferred).key();
            if (byKey.containsKey(key)) {
                keys.add(key);
            }
        }
        keys.addAll(byKey.keySet());
        List<Group> result = new ArrayList<>();
        for (String key : keys) {
            List<Article> members = new ArrayList<>(byKey.get(key));
            members.sort(byTitle());
            result.add(new Group(new Tag(key, labels.get(key)), members));
        }
        if (!untagged.isEmpty()) {
            untagged.sort(byTitle());
            result.add(new Group(new Tag("", UNTAGGED_LABEL), untagged));
        }
        this.groups = List.copyOf(result);
        for (int i = 0; i < groups.size(); i++) {
            if (!groups.get(i).isUntagged()) {
                positions.put(groups.get(i).tag().key(), i);
            }
        }
    }

    public List<Group> groups() {
        return groups;
    }

    /** The label readers see for a tag, the same everywhere in the library. */
    public String label(Tag tag) {
        return labels.getOrDefault(tag.key(), readable(tag.label()));
    }

    /** An article's tags as the index orders and labels them. */
    public List<Tag> tagsOf(Article article) {
        // Looked up by position, not by walking every group: linear in the article's own tags.
        List<Tag> ordered = new ArrayList<>();
        for (Tag tag : article.tags()) {
            Integer position = positions.get(tag.key());
            if (position != null) {
                ordered.add(groups.get(position).tag());
            }
        }
        ordered.sort(Comparator.comparingInt(t -> positions.get(t.key())));
        return ordered;
    }

    /**
     * The article's main topic: the first tag its author listed (authors put the most specific one first),
     * empty for an untagged article.
     */
    public java.util.Optional<Tag> primaryTag(Article article) {
        return article.tags().stream().findFirst();
    }

    /**
     * The groups for a reading order in which every article appears exactly once: under its
     * {@link #primaryTag primary tag}, groups in the index's order, articles by title, untagged last.
     * Tables of contents that must follow the reading order (EPUB's nav) use this; lists of topics use
     * {@link #groups()}, where an article appears under every one of its tags.
     */
    public List<Group> readingGroups() {
        List<Group> result = new ArrayList<>();
        for (Group group : groups) {
            List<Article> members = group.articles().stream()
                    .filter(a -> group.isUntagged() || primaryTag(a).map(group.tag()::equals).orElse(false))
                    .toList();
            if (!members.isEmpty()) {
                result.add(new Group(group.tag(), members));
            }
        }
        return List.copyOf(result);
    }

    public static Comparator<Article> byTitle() {
        return Comparator.comparing((Article a) -> a.title().toLowerCase(Locale.ROOT)).thenComparing(Article::slug);
    }

    /** "breast cancer" reads better as "Breast cancer"; a label with capitals is kept as its author wrote it. */
    static String readable(String label) {
        if (label.isEmpty() || !label.equals(label.toLowerCase(Locale.ROOT))) {
            return label;
        }
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
