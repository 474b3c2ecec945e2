package org.handouts.config;

import java.time.Duration;

/**
 * Limits for fetching, accepting and preparing pictures. The defaults suit a clinic's build on an ordinary
 * connection; {@code handouts.yml}'s {@code images:} section changes the first five.
 *
 * @param connectTimeout how long to wait for a server to accept a connection
 * @param deadline       the most one picture may take, redirects and retries included
 * @param maxBytes       larger downloads are stopped while reading
 * @param maxPixels      larger pictures are refused before decoding (decompression bombs)
 * @param maxWidth       pictures are scaled down to this width (1600 px prints at ~200 dpi across a page)
 * @param retryDelay     the first back-off after a connection error or a 5xx; doubled for the next try
 */
public record ImageSettings(Duration connectTimeout, Duration deadline, long maxBytes, long maxPixels, int maxWidth,
                            Duration retryDelay) {

    public static final int MAX_REDIRECTS = 5;
    public static final int RETRIES = 2;
    /** Downloads at once: enough to hide slow servers, few enough to be polite to one host. */
    public static final int PARALLEL_DOWNLOADS = 6;
    public static final float JPEG_QUALITY = 0.82f;

    public static final ImageSettings DEFAULTS = new ImageSettings(Duration.ofSeconds(5), Duration.ofSeconds(20),
            15L * 1024 * 1024, 50_000_000L, 1600, Duration.ofMillis(500));

    public ImageSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || deadline.isNegative() || deadline.isZero()
                || maxBytes <= 0 || maxPixels <= 0 || maxWidth <= 0 || retryDelay.isNegative()) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    public ImageSettings withDeadline(Duration newDeadline) {
        return new ImageSettings(connectTimeout, newDeadline, maxBytes, maxPixels, maxWidth, retryDelay);
    }

    public ImageSettings withConnectTimeout(Duration newTimeout) {
        return new ImageSettings(newTimeout, deadline, maxBytes, maxPixels, maxWidth, retryDelay);
    }

    public ImageSettings withMaxBytes(long newMaxBytes) {
        return new ImageSettings(connectTimeout, deadline, newMaxBytes, maxPixels, maxWidth, retryDelay);
    }

    public ImageSettings withMaxPixels(long newMaxPixels) {
        return new ImageSettings(connectTimeout, deadline, maxBytes, newMaxPixels, maxWidth, retryDelay);
    }

    public ImageSettings withMaxWidth(int newMaxWidth) {
        return new ImageSettings(connectTimeout, deadline, maxBytes, maxPixels, newMaxWidth, retryDelay);
    }

    public ImageSettings withRetryDelay(Duration newDelay) {
        return new ImageSettings(connectTimeout, deadline, maxBytes, maxPixels, maxWidth, newDelay);
    }

    /** What a scaled copy depends on, so a change of settings makes a new copy instead of reusing the old. */
    public String preparationSignature() {
        return "w" + maxWidth + "-q" + JPEG_QUALITY + "-v1";
    }
}
