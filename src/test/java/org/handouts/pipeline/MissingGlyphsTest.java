package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters no shipped font can draw (Amharic's Ethiopic script, emoji) printed as '#' without a word; now each is a warning at
 * the place it is written, once per article, and the summary counts them.
 */
class MissingGlyphsTest {

    @Test
    void everyUndrawableCharacterIsALocatedWarningOncePerArticle(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp).article("pills.md", """
                ---
                title: "\u1218\u12F5 guide"
                id: "pills"
                description: "About your pills \uD83D\uDC8A."
                ---

                Take them as your care team says \uD83D\uDC8A\uFE0F.

                Family time \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 helps. Arrows \u2192 and caf\u00E9 print fine.
                """);
        FixtureProject.Run run = project.build(project.options().withQuiet(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
        List<String> glyphs = run.stderrLines().stream().filter(l -> l.contains("can draw")).toList();
        assertTrue(glyphs.stream().anyMatch(l -> l.endsWith("pills.md:2:9: warning: no font (built in or in fonts/) can draw U+1218 'ETHIOPIC SYLLABLE MA' (\u1218):"
                + " it prints as '#'; add a font that has it to fonts/, or write the text without it")), run.stderr());
        assertTrue(glyphs.stream().anyMatch(l -> l.contains("pills.md:2:10: warning: no font (built in or in fonts/) can draw U+12F5")), run.stderr());
        assertTrue(glyphs.stream().anyMatch(l -> l.contains("pills.md:4:32: warning: no font (built in or in fonts/) can draw U+1F48A 'PILL'")), run.stderr());
        for (String person : List.of("U+1F468 'MAN'", "U+1F469 'WOMAN'", "U+1F467 'GIRL'")) {
            assertTrue(glyphs.stream().anyMatch(l -> l.contains(":9:") && l.contains(person)), person + "\n" + run.stderr());
        }
        // once per character, and never for the joiner, the variation selector or what the fonts have
        assertEquals(6, glyphs.size(), run.stderr());
        assertFalse(run.stderr().contains("U+200D") || run.stderr().contains("U+FE0F") || run.stderr().contains("U+2192"), run.stderr());
        assertTrue(run.stdout().contains("6 warnings about characters no font can draw"), run.stdout());
    }

    @Test
    void manyUndrawableCharactersAreCapped(@TempDir Path temp) {
        StringBuilder amharic = new StringBuilder();
        for (int c = 0x1200; c < 0x1200 + 40; c++) {
            amharic.appendCodePoint(c);
        }
        FixtureProject project = FixtureProject.create(temp).simpleArticle("am", "Amharic", "", amharic.toString());
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        List<String> glyphs = run.stderrLines().stream().filter(l -> l.contains("can draw")).toList();
        assertEquals(MissingGlyphs.LIMIT + 1, glyphs.size(), run.stderr());
        assertTrue(glyphs.get(glyphs.size() - 1).contains((40 - MissingGlyphs.LIMIT) + " more characters no font (built in or in fonts/) can draw"), run.stderr());
    }
}
