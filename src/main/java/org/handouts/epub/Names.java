package org.handouts.epub;

import java.util.Locale;

/** File names and ids inside the book: plain ASCII so every reader, zip tool and URL parser agrees on them. */
final class Names {
    private Names() { }

    /** "Côte d'Or.md" becomes "c-te-d-or-md": letters, digits, dot, dash and underscore only, never empty. */
    static String safe(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("(^[-.]+|-+$)", "");
        return safe.isEmpty() ? "item" : safe;
    }

    /** An XML id (NCName): must start with a letter. */
    static String id(String prefix, String name) {
        return prefix + "-" + safe(name).replace('.', '-');
    }
}
