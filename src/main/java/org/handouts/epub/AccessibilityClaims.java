package org.handouts.epub;

import java.util.ArrayList;
import java.util.List;

/**
 * The booklet's EPUB Accessibility 1.1 metadata (schema.org terms in the package document), derived from
 * what the booklet really contains, so every claim is true for this build: "alternativeText" and text-only
 * sufficiency are claimed only when every picture in it has a description.
 *
 * @param pictures    pictures in the chapters (the cover, whose alt text repeats its words, not counted)
 * @param undescribed of those, how many have no text description
 */
record AccessibilityClaims(int pictures, int undescribed) {

    /** One {@code <meta property="...">value</meta>} of the package document. */
    record Meta(String property, String value) { }

    boolean allDescribed() {
        return undescribed == 0;
    }

    List<Meta> metadata() {
        List<Meta> meta = new ArrayList<>();
        meta.add(new Meta("schema:accessMode", "textual"));
        // The cover is a picture (of words) even when no article has one.
        meta.add(new Meta("schema:accessMode", "visual"));
        if (allDescribed()) {
            meta.add(new Meta("schema:accessModeSufficient", "textual"));
        }
        meta.add(new Meta("schema:accessModeSufficient", "textual,visual"));
        meta.add(new Meta("schema:accessibilityFeature", "tableOfContents"));
        meta.add(new Meta("schema:accessibilityFeature", "structuralNavigation"));
        meta.add(new Meta("schema:accessibilityFeature", "readingOrder"));
        meta.add(new Meta("schema:accessibilityFeature", "displayTransformability"));
        if (allDescribed()) {
            meta.add(new Meta("schema:accessibilityFeature", "alternativeText"));
        }
        meta.add(new Meta("schema:accessibilityHazard", "none"));
        meta.add(new Meta("schema:accessibilitySummary", summary()));
        return meta;
    }

    String summary() {
        StringBuilder text = new StringBuilder("Reflowable text with a table of contents grouped by topic, "
                + "a heading for every handout and section, and one reading order. The reading app's font, "
                + "text size and colour settings apply; the book sets no text colours or fixed sizes.");
        if (pictures == 0) {
            text.append(" The only picture is the cover, whose words are also given as text.");
        } else if (allDescribed()) {
            text.append(" Every picture has a text description.");
        } else {
            text.append(' ').append(undescribed).append(" of ").append(pictures)
                    .append(pictures == 1 ? " picture" : " pictures").append(undescribed == 1 ? " has" : " have")
                    .append(" no text description.");
        }
        text.append(" No flashing, sound or motion.");
        return text.toString();
    }
}
