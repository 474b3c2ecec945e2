package org.handouts.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

    @Test
    void repairsWindows1252MisDecodedApostropheAndSaysWhere() {
        MojibakeRepair.Result result = MojibakeRepair.repair("line one\nthe bodyâ€™s immune system");
        assertEquals("line one\nthe body’s immune system", result.text());
        assertEquals(1, result.repairs().size());
        MojibakeRepair.Repair repair = result.repairs().get(0);
        assertEquals(2, repair.line());
        assertEquals(9, repair.column());
        assertEquals("â€™", repair.original());
        assertEquals("’", repair.replacement());
    }

    @Test
    void repairsQuotesDashesAndTwoByteAccents() {
        assertEquals("“Hello” — café", MojibakeRepair.repair("â€œHelloâ€\u009d â€” cafÃ©").text());
        assertEquals("naïve", MojibakeRepair.repair("naÃ¯ve").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"café", "niño", "Müller", "garçon", "Straße", "naïve résumé", "Ærø", "£5 · 10°C ±2", "«guillemets»",
        "€100 – “quoted” — ‘single’", "日本語", "emoji 😀"})
    void leavesGenuineTextAlone(String text) {
        MojibakeRepair.Result result = MojibakeRepair.repair(text);
        assertEquals(text, result.text());
        assertFalse(result.changed());
    }

    @Test
    void repairsTheSeedArticle() throws Exception {
        String seed = Files.readString(Path.of("articles/immunotherapy.md"));
        MojibakeRepair.Result result = MojibakeRepair.repair(seed);
        assertFalse(result.text().contains("â€"), "no mojibake left");
        assertEquals(true, result.text().contains("body’s immune system"));
        assertEquals(9, result.repairs().get(0).line());
    }
}
