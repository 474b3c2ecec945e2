package org.handouts.article;

import java.util.Optional;

/**
 * The outlines of bodies read before, so that the reader parses only the bodies that changed. A body's
 * outline depends only on its text and on the line it starts at, which is what both methods are given.
 */
public interface KnownOutlines {

    /** Parses every body: for readers with nowhere to keep anything ({@code handouts check}, tests). */
    KnownOutlines NONE = new KnownOutlines() {
        @Override
        public Optional<BodyOutline> find(String slug, String body, int firstLine) {
            return Optional.empty();
        }

        @Override
        public void found(String slug, String body, int firstLine, BodyOutline outline) { }
    };

    /** The outline of {@code body} (of the article {@code slug}) when exactly this text was outlined before. */
    Optional<BodyOutline> find(String slug, String body, int firstLine);

    /** Remembers the outline of a body that was parsed, or found, in this read. */
    void found(String slug, String body, int firstLine, BodyOutline outline);
}
