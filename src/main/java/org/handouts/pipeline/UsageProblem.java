package org.handouts.pipeline;

import java.nio.file.Path;

/** The build cannot start: a missing folder, an unknown layout, no usable font. Exit code 2. */
final class UsageProblem extends Exception {
    private final transient Path file;

    UsageProblem(Path file, String message) {
        super(message);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
