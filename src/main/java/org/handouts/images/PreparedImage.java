package org.handouts.images;

import java.nio.file.Path;

/** A picture that is safe to embed: a local file we checked, with its real format and pixel size. */
public record PreparedImage(Path file, ImageFormat format, int width, int height) {
    public String uri() {
        return file.toUri().toString();
    }
}
