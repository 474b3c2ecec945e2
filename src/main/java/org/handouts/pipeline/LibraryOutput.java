package org.handouts.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * A file made from the whole library (a booklet), declared so that incremental builds know when it is
 * up to date: it is remade only when its hash changes. The hash covers every article's inputs (in library
 * order), the environment (version, handouts.yml, fonts, logo) and the files in {@code extraInputs}
 * (for example the booklet's own layout folder).
 */
public record LibraryOutput(Path file, List<Path> extraInputs) {
    public LibraryOutput {
        extraInputs = List.copyOf(extraInputs);
    }
}
