package org.handouts.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known key a misspelt one was probably meant to be ("heroimage" → "heroImage"). */
public final class DidYouMean {
    private DidYouMean() { }

    public static Optional<String> suggest(String unknown, Collection<String> known) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            // "paperSize" for "paper", "tag" for "tags": a known key with something added or cut off.
            String other = candidate.toLowerCase(Locale.ROOT);
            if (other.length() >= 3 && lower.length() >= 3 && (lower.startsWith(other) || other.startsWith(lower))) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        // Allow about one typo per four letters, and always a pure case difference.
        int allowed = Math.max(1, unknown.length() / 4);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A message tail such as " (did you mean 'heroImage'?)", or "" when nothing is close. */
    public static String hint(String unknown, Collection<String> known) {
        return suggest(unknown, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
