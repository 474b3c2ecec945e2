package org.handouts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.PdfFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clinic is told when a language is missing: once per build, at the place to fix. */
class LanguageWarningsTest {

    private static final String CONFIG = """
            title: "Test Booklet"
            language: en
            layouts: [handout]
            brand:
              clinicName: "Test Clinic"
              phone: "(555) 010-0100"
              disclaimer:
                en: "General information only."
                es: "Solo información general."
            """;

    private static FixtureProject.Run build(FixtureProject project) {
        return project.build(project.options().withEpub(false).withBookletPdf(false));
    }

    @Test
    void aClinicTextMissingALanguageIsOneWarningNamingTheKeyAndTheDefaultIsUsed(@TempDir Path temp) throws Exception {
        FixtureProject project = FixtureProject.create(temp).config(CONFIG)
                .simpleArticle("un", "Un", "lang: fr\n", "Bonjour.")
                .simpleArticle("deux", "Deux", "lang: fr\n", "Encore.")
                .simpleArticle("uno", "Uno", "lang: es\n", "Hola.");
        FixtureProject.Run run = build(project);
        assertEquals(0, run.result().exitCode(), run.stderr());
        List<String> warnings = run.stderrLines().stream().filter(l -> l.contains("brand.disclaimer")).toList();
        assertEquals(1, warnings.size(), run.stderr());
        assertTrue(warnings.get(0).matches(".*handouts\\.yml:7:3: warning: 'brand\\.disclaimer' has no 'fr' text: French handouts use the 'en' one.*"),
                warnings.get(0));
        assertTrue(PdfFacts.of(project.out().resolve("pdf/handout/un.pdf")).text().contains("General information only."));
        assertTrue(PdfFacts.of(project.out().resolve("pdf/handout/uno.pdf")).text().contains("Solo información general."));
    }

    @Test
    void aLanguageWithoutMessagesIsOneWarningPerBuildAndItsHandoutsUseEnglishWords(@TempDir Path temp) throws Exception {
        FixtureProject project = FixtureProject.create(temp)
                .simpleArticle("moja", "Moja", "lang: sw\n", "Habari.")
                .simpleArticle("mbili", "Mbili", "lang: sw\n", "Karibu.");
        FixtureProject.Run run = build(project);
        assertEquals(0, run.result().exitCode(), run.stderr());
        List<String> warnings = run.stderrLines().stream().filter(l -> l.contains("has no words in 'sw'")).toList();
        assertEquals(1, warnings.size(), run.stderr());
        assertTrue(warnings.get(0).contains("(Swahili)") && warnings.get(0).contains(":5:1: warning:"), warnings.get(0));
        // The disclaimer written once for every language is flagged where it is written.
        assertTrue(run.stderr().contains("handouts.yml:12:3: warning: 'brand.disclaimer' is one text for every language"), run.stderr());
        PdfFacts facts = PdfFacts.of(project.out().resolve("pdf/handout/moja.pdf"));
        assertEquals("sw", facts.language());
        assertTrue(facts.text().contains("Please keep in mind"));
    }

    @Test
    void aTextByLanguageMustHaveTheDefaultLanguage(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp).config(CONFIG.replace("en: \"General information only.\"", "fr: \"Informations générales.\""))
                .simpleArticle("a", "A", "", "Text.");
        FixtureProject.Run run = build(project);
        assertEquals(2, run.result().exitCode());
        assertTrue(run.stderr().contains("handouts.yml:7:3: error: 'brand.disclaimer' has no text for the default language 'en'"), run.stderr());
    }

    @Test
    void aTranslationMayLiveInAnyFolderAndNameItsOriginal(@TempDir Path temp) throws Exception {
        FixtureProject project = FixtureProject.create(temp).config(CONFIG.replace("layouts: [handout]", "layouts: [handout]\nsite:\n  baseUrl: \"https://c.example/\""))
                .simpleArticle("fatigue", "Fatigue", "", "Rest.")
                .article("es/cansancio.md", "---\ntitle: \"Cansancio\"\nid: \"cansancio\"\ntranslationOf: \"fatigue\"\nlang: es\n---\n\nDescanse.\n");
        FixtureProject.Run run = build(project);
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(PdfFacts.of(project.out().resolve("pdf/handout/es/cansancio.pdf")).text().contains("También en: English"));
        assertTrue(PdfFacts.of(project.out().resolve("pdf/handout/fatigue.pdf")).text().contains("Also in: Español"));
    }

    @Test
    void twoArticlesWithOneFileNameInDifferentFoldersBothBuildUnderTheirOwnPaths(@TempDir Path temp) throws Exception {
        // The slug is the path from the articles folder (issue 12), so es/fatigue.md no longer overwrites fatigue.md.
        FixtureProject project = FixtureProject.create(temp)
                .simpleArticle("fatigue", "Fatigue", "", "Rest.")
                .article("es/fatigue.md", "---\ntitle: \"Cansancio\"\nid: \"cansancio\"\nlang: es\n---\n\nDescanse.\n");
        FixtureProject.Run run = build(project);
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(PdfFacts.of(project.out().resolve("pdf/handout/fatigue.pdf")).text().contains("Fatigue"));
        assertTrue(PdfFacts.of(project.out().resolve("pdf/handout/es/fatigue.pdf")).text().contains("Cansancio"));
    }
}
