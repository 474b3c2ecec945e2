package org.handouts.epub;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The moment a booklet says it was made. Reproducible builds set {@code SOURCE_DATE_EPOCH} (the
 * reproducible-builds.org convention: whole seconds since 1970, UTC) so that the same inputs give the same
 * bytes; tests pass the date in the build options instead of touching the environment.
 */
public final class BuildDate {
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private BuildDate() { }

    /**
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but is not a whole number of seconds
     */
    public static Instant resolve(Optional<Instant> override, Map<String, String> environment, Clock clock) {
        if (override.isPresent()) {
            return override.get().truncatedTo(ChronoUnit.SECONDS);
        }
        String epoch = environment.get(VARIABLE);
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(VARIABLE + " must be whole seconds since 1970-01-01 UTC, got '" + epoch + "'");
            }
        }
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
