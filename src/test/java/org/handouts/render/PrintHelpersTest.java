package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The small pure pieces behind the print outputs. */
class PrintHelpersTest {

    @Test
    void brandColourIsDarkenedJustEnoughForSevenToOne() {
        assertTrue(Contrast.againstWhite("#1F5C99") < 7.0, "the sample brand misses 7:1, so this test means something");
        String text = Contrast.darkenToRatio("#1F5C99", 7.0);
        assertTrue(Contrast.againstWhite(text) >= 7.0, text);
        assertTrue(Contrast.againstWhite(text) < 7.6, "darkened far more than needed: " + text);
        assertEquals("#000000", Contrast.darkenToRatio("#000", 7.0));
        assertEquals("#7A1F3D", Contrast.darkenToRatio("#7A1F3D", 7.0), "already dark enough: unchanged");
    }

    @Test
    void bookletBodiesGetUniqueIdsAndTheirInPageLinksFollow() {
        String body = "<h2 id=\"section-1\">A</h2><p>x<sup id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup> "
                + "<a href=\"https://example.org/#top\">out</a></p><ol><li id=\"fn-1\">note</li></ol>";
        String prefixed = BookletModel.prefixIds(body, "chemo--");
        assertTrue(prefixed.contains("id=\"chemo--section-1\""), prefixed);
        assertTrue(prefixed.contains("href=\"#chemo--fn-1\""), prefixed);
        assertTrue(prefixed.contains("id=\"chemo--fn-1\""), prefixed);
        assertTrue(prefixed.contains("href=\"https://example.org/#top\""), prefixed);
    }
}
