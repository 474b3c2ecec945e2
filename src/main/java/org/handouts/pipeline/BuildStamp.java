package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.handouts.epub.BuildDate;

/**
 * The date a reproducible build writes into its PDFs and booklets: the one the options give (tests), else
 * {@code SOURCE_DATE_EPOCH}; empty for an ordinary build, whose files carry the moment they are made.
 */
final class BuildStamp {

    private BuildStamp() { }

    static Optional<Instant> fixedDate(BuildOptions options) {
        if (options.sourceDate().isPresent()) {
            return options.sourceDate();
        }
        String epoch = System.getenv(BuildDate.VARIABLE);
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BuildDate.resolve(Optional.empty(), System.getenv(), Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the EPUB writer reports the bad value once
        }
    }
}
