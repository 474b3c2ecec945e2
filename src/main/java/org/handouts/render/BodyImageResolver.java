package org.handouts.render;

import java.util.Optional;

/**
 * Turns an image source written in an article body into a picture file we prepared, or empty when it
 * cannot be had (the resolver reports why). Renderers never load anything a resolver did not give them.
 */
@FunctionalInterface
public interface BodyImageResolver {
    Optional<BodyPicture> resolve(String source, String alt);

    BodyImageResolver NONE = (source, alt) -> Optional.empty();
}
