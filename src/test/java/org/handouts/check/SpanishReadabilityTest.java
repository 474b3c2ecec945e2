package org.handouts.check;

import org.handouts.article.MarkdownBody;
import org.handouts.config.CheckOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.config.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanishReadabilityTest {

    @Test
    void spanishSyllablesFollowTheSpellingRules() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("quimioterapia", 5), Map.entry("día", 2), Map.entry("poeta", 3),
                Map.entry("hoy", 1), Map.entry("y", 1), Map.entry("guitarra", 3), Map.entry("ayudarle", 4), Map.entry("aquí", 2),
                Map.entry("estamos", 3), Map.entry("cuidado", 3), Map.entry("león", 2), Map.entry("ciudad", 2), Map.entry("país", 2),
                Map.entry("buey", 1), Map.entry("que", 1), Map.entry("Médico", 3), Map.entry("leer", 2), Map.entry("pingüino", 3));
        words.forEach((word, syllables) -> assertEquals(syllables, SpanishSyllables.count(word), word));
    }

    @Test
    void theFormulasMatchTheirDefinitions() {
        // 100 words, 200 syllables, 10 sentences.
        TextStats s = new TextStats(100, 10, 200, 30);
        assertEquals(206.84 - 0.60 * 200 - 1.02 * 10, SpanishReadability.fernandezHuerta(s), 1e-9);
        assertEquals(206.835 - 62.3 * 2 - 10, SpanishReadability.szigrisztPazos(s), 1e-9);
        assertEquals("muy difícil", SpanishReadability.inflesz(39.9));
        assertEquals("algo difícil", SpanishReadability.inflesz(54));
        assertEquals("normal", SpanishReadability.inflesz(64.9));
        assertEquals("bastante fácil", SpanishReadability.inflesz(65));
        assertEquals("muy fácil", SpanishReadability.inflesz(81));
    }

    @Test
    void aShortFriendlySpanishSentenceIsEasyNotGradeFifteen() {
        ArticleReport report = LanguageRules.check("es", MarkdownBody.parse("¡Estamos aquí para ayudarle!\n", 5), CheckOptions.DEFAULTS);
        assertTrue(Double.isNaN(report.fleschKincaidGrade()), "no English grade for Spanish");
        assertTrue(report.findings().stream().noneMatch(f -> f.severity() == Severity.WARNING), report.findings().toString());
        Finding note = report.findings().stream().filter(f -> f.ruleId().equals(LanguageRules.NOTE_ID)).findFirst().orElseThrow();
        assertTrue(note.message().contains("not scored, 4 words are too few"), note.message());
        assertTrue(note.message().contains("Not run, as they know English only: jargon, passive-voice, undefined-abbreviation"), note.message());
    }

    @Test
    void hardSpanishIsAWarningWithTheHardestSentences() {
        String body = ("La administración concomitante de inmunosupresores incrementa considerablemente la susceptibilidad"
                + " a infecciones oportunistas potencialmente significativas en determinadas circunstancias clínicas.\n\n").repeat(8)
                + "Consulte a su equipo.\n";
        ArticleReport report = LanguageRules.check("es-MX", MarkdownBody.parse(body, 8), CheckOptions.DEFAULTS);
        List<Finding> warnings = report.findings().stream().filter(f -> f.ruleId().equals(ReadabilityGradeRule.ID)).toList();
        assertEquals(1, warnings.size(), report.findings().toString());
        assertTrue(warnings.get(0).message().contains("below 'bastante fácil'") && warnings.get(0).message().contains("line 8"),
                warnings.get(0).message());
    }

    @Test
    void aLanguageWithoutAFormulaGetsANoteInsteadOfGrades() {
        ArticleReport report = LanguageRules.check("ar", MarkdownBody.parse("اغسل يديك كثيرًا. اتصل بنا إذا أصابتك حمى.\n", 5), CheckOptions.DEFAULTS);
        assertTrue(Double.isNaN(report.fleschKincaidGrade()) && Double.isNaN(report.smogGrade()));
        assertTrue(report.findings().stream().anyMatch(f -> f.severity() == Severity.NOTE
                && f.message().startsWith("No readability formula for 'ar'")), report.findings().toString());
        ArticleReport chinese = LanguageRules.check("zh", MarkdownBody.parse("洗手可以帮助您远离细菌。\n", 5), CheckOptions.DEFAULTS);
        assertFalse(chinese.findings().stream().anyMatch(f -> f.message().contains("long-sentence,")), "sentence length needs spaces");
    }

    @Test
    void aTranslationOlderThanItsOriginalOrMissingASectionIsAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fatigue.md"), "---\ntitle: Fatigue\nid: fatigue\nreviewed: 2026-06-01\n---\n\n"
                + "Rest.\n\n## What helps\n\nWalks.\n\n## When to call\n\nCall us.\n");
        Files.createDirectories(dir.resolve("es"));
        Files.writeString(dir.resolve("es/cansancio.md"), "---\ntitle: Cansancio\nid: fatigue\nlang: es\nreviewed: 2025-01-01\n---\n\n"
                + "Descanse.\n\n## Qué ayuda\n\nPaseos.\n");
        List<CheckedArticle> results = new LibraryChecker(CheckOptions.DEFAULTS, LocalDate.of(2026, 7, 1)).check(Library.read(dir));
        CheckedArticle spanish = results.stream().filter(r -> r.file().endsWith("cansancio.md")).findFirst().orElseThrow();
        assertTrue(spanish.findings().stream().anyMatch(d -> d.rule().equals(TranslationReview.OUTDATED) && d.line() == 5
                && d.message().contains("reviewed 2025-01-01, but") && d.message().contains("fatigue.md was reviewed 2026-06-01")),
                spanish.findings().toString());
        assertTrue(spanish.findings().stream().anyMatch(d -> d.rule().equals(TranslationReview.HEADINGS)
                && d.message().contains("'## When to call'")), spanish.findings().toString());
        CheckedArticle english = results.stream().filter(r -> r.file().endsWith("fatigue.md")).findFirst().orElseThrow();
        assertTrue(english.findings().stream().noneMatch(d -> d.rule().startsWith("translation")), english.findings().toString());
    }
}
