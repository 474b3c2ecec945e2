package org.handouts.images;

import java.util.List;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;

/** The picture (when it could be had) and what to tell the user about it. */
public record ImageOutcome(Optional<PreparedImage> image, List<Diagnostic> diagnostics) {
    public ImageOutcome {
        diagnostics = List.copyOf(diagnostics);
    }
}
