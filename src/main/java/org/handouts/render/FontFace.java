package org.handouts.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One font file and the CSS family, weight and style it answers to. */
public record FontFace(Path file, String family, int weight, boolean italic) {

    /**
     * The face as caches key it: its file (path, size, modification time, as the build manifest tells a
     * changed file without reading it) and what it answers to.
     */
    public String stamp() throws IOException {
        return file.toAbsolutePath() + "\0" + Files.size(file) + "\0" + Files.getLastModifiedTime(file).toMillis()
                + "\0" + family + "\0" + weight + "\0" + italic;
    }
}
