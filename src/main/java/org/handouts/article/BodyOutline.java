package org.handouts.article;

import java.util.List;

/**
 * What the build needs of an article's body on every run, whether or not the article is rendered: the
 * pictures it shows (their files go into its input hash) and the links it writes (each one that leads to no
 * article is warned about). Worked out from the parsed document, or taken from the previous build
 * ({@link KnownOutlines}) so that an unchanged body is not parsed at all.
 */
public record BodyOutline(List<Picture> pictures, List<WrittenLink> links) {

    public BodyOutline {
        pictures = List.copyOf(pictures);
        links = List.copyOf(links);
    }
}
