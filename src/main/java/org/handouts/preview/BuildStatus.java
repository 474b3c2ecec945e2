package org.handouts.preview;

import java.util.List;

/** What the last build said: a number that changes with every build (pages reload when it does), and its errors. */
record BuildStatus(long version, List<String> errors) {
    BuildStatus {
        errors = List.copyOf(errors);
    }
}
