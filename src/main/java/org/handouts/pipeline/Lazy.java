package org.handouts.pipeline;

/**
 * A value made on first use, at most once, even when several workers ask at the same time. A build with
 * nothing to render never pays for fonts, templates, the PDF renderer or the HTTP client.
 */
final class Lazy<T> {
    /** Like a Supplier, but may fail with an IOException. */
    interface Maker<T> {
        T make() throws java.io.IOException;
    }

    private final Maker<T> maker;
    private volatile T value;

    Lazy(Maker<T> maker) {
        this.maker = maker;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    try {
                        v = maker.make();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    value = v;
                }
            }
        }
        return v;
    }
}
