package org.handouts.epub;

import java.util.ArrayList;
import java.util.List;
import org.handouts.i18n.Messages;

/**
 * The booklet's EPUB Accessibility 1.1 metadata (schema.org terms in the package document), derived from
 * what the booklet really contains, so every claim is true for this build: "alternativeText" and text-only
 * sufficiency are claimed only when every picture in it has a description.
 *
 * @param pictures    pictures in the chapters (the cover, whose alt text repeats its words, not counted)
 * @param undescribed of those, how many have no text description
 */
record AccessibilityClaims(int pictures, int undescribed, String lang) {

    AccessibilityClaims(int pictures, int undescribed) {
        this(pictures, undescribed, "en");
    }

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
        // In the booklet's language (the summary is read out by the reading app).
        Messages words = Messages.of(lang);
        StringBuilder text = new StringBuilder(words.format("epub.summary"));
        if (pictures == 0) {
            text.append(' ').append(words.format("epub.summary.cover.only"));
        } else if (allDescribed()) {
            text.append(' ').append(words.format("epub.summary.all.described"));
        } else {
            text.append(' ').append(words.format("epub.summary.undescribed", undescribed, pictures));
        }
        text.append(' ').append(words.format("epub.summary.no.hazards"));
        return text.toString();
    }
}
