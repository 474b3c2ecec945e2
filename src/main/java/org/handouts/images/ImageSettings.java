package org.handouts.images;

import java.time.Duration;

/** Limits for fetching and accepting pictures. */
public record ImageSettings(Duration connectTimeout, Duration deadline, long maxBytes, long maxPixels, int maxWidth) {
    public static final ImageSettings DEFAULTS =
            new ImageSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 15L * 1024 * 1024, 50_000_000L, 1600);
}
