package org.handouts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No '#' or empty box for any character of the samples: every character of each sample's text is found in
 * its PDF, and every glyph drawn has a real outline in the font that drew it. Vietnamese (letters with two
 * marks) and Hebrew are checked as well, from samples written here.
 */
class ScriptGlyphsTest {
    @TempDir
    static Path dir;
    static FixtureProject project;
    static FixtureProject.Run run;

    static final String VIETNAMESE = "Rửa tay giúp bạn tránh vi trùng. Hãy rửa tay trước khi ăn và sau khi đi vệ sinh. "
            + "Gọi cho chúng tôi nếu bạn bị sốt hoặc thấy không khỏe.";

    static final String HEBREW = "ידיים נקיות עוזרות להרחיק חיידקים. שטפו ידיים לפני האוכל ואחרי השימוש בשירותים."
            + " התקשרו אלינו אם יש לכם חום.";

    @BeforeAll
    static void build() {
        project = BilingualLibrary.create(dir);
        project.article("vi/rua-tay.md", "---\ntitle: \"Rửa tay\"\nid: \"washing-hands\"\nlang: vi\n---\n\n" + VIETNAMESE + "\n");
        project.article("he/shtifat-yadayim.md", "---\ntitle: \"שטיפת ידיים\"\nid: \"washing-hands\"\nlang: he\n---\n\n" + HEBREW + "\n");
        run = project.build();
    }

    @Test
    void everyCharacterOfEverySampleIsDrawnFromAFontThatHasIt() throws IOException {
        assertEquals(0, run.result().exitCode(), run.stderr());
        Map<String, String> samples = Map.of(
                "ar/ghasl-alyadayn", BilingualLibrary.body("ar/ghasl-alyadayn.md"),
                "zh/xishou", BilingualLibrary.body("zh/xishou.md"),
                "es/lavarse-las-manos", BilingualLibrary.body("es/lavarse-las-manos.md"),
                "vi/rua-tay", VIETNAMESE,
                "he/shtifat-yadayim", HEBREW);
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            Path pdf = project.out().resolve("pdf/handout/" + sample.getKey() + ".pdf");
            List<PrintedText.Drawn> drawn = PrintedText.of(pdf);
            List<String> blank = new ArrayList<>();
            StringBuilder printed = new StringBuilder();
            for (PrintedText.Drawn d : drawn) {
                if (!d.hasGlyph()) {
                    blank.add(d.text() + " (" + d.font().getName() + ")");
                }
                printed.append(d.text());
            }
            assertEquals(List.of(), blank, sample.getKey() + ": drawn without a glyph");
            String text = Normalizer.normalize(printed.toString(), Normalizer.Form.NFKC);
            TreeSet<String> missing = new TreeSet<>();
            Normalizer.normalize(sample.getValue(), Normalizer.Form.NFKC).codePoints()
                    .filter(Character::isLetterOrDigit)
                    .mapToObj(Character::toString)
                    .filter(c -> !text.contains(c))
                    .forEach(missing::add);
            assertEquals(new TreeSet<>(), missing, sample.getKey() + ": characters of the sample not in the PDF");
            assertTrue(!text.contains("#"), sample.getKey() + ": a '#' stands in for a character");
        }
    }
}
