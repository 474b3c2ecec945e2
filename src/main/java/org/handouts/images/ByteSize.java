package org.handouts.images;

import java.util.Locale;

/** A file's size as people read it, the same in the build summary and on the web edition's download links. */
public final class ByteSize {

    private ByteSize() { }

    /** "47 kB", "1.2 MB" (decimal units, as download sizes are usually given). */
    public static String label(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        return String.format(Locale.ROOT, "%d kB", Math.max(1, Math.round(bytes / 1000.0)));
    }
}
