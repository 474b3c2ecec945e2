package org.handouts.article;

import java.util.Locale;

/**
 * A topic label. Tags group case-insensitively: {@code key} is what compares, {@code label} is what readers see.
 */
public record Tag(String key, String label) implements Comparable<Tag> {

    public static Tag of(String raw) {
        String label = raw.strip().replaceAll("\\s+", " ");
        return new Tag(label.toLowerCase(Locale.ROOT), label);
    }

    /** A slug safe for ids and file names: "Breast Cancer" becomes "breast-cancer". */
    public String slug() {
        String slug = key.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "tag" : slug;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && tag.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(Tag other) {
        return key.compareTo(other.key);
    }
}
