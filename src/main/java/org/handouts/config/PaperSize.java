package org.handouts.config;

import java.util.Locale;
import java.util.Optional;

/** The paper the clinic prints on; the CSS {@code @page size} keyword for each. */
public enum PaperSize {
    LETTER("letter", 612f, 792f), A4("A4", 595.28f, 841.89f);

    private final String cssName;
    private final float widthPoints;
    private final float heightPoints;

    PaperSize(String cssName, float widthPoints, float heightPoints) {
        this.cssName = cssName;
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public String cssName() {
        return cssName;
    }

    public float widthPoints() {
        return widthPoints;
    }

    public float heightPoints() {
        return heightPoints;
    }

    public static Optional<PaperSize> parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "letter", "us-letter" -> Optional.of(LETTER);
            case "a4" -> Optional.of(A4);
            default -> Optional.empty();
        };
    }
}
