package org.handouts.check;

import org.handouts.config.CheckOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.handouts.article.Article;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.Translations;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;

/** The Spanish translations shipped in articles/es: paired, complete, plain, and with the Spanish disclaimer. */
class ShippedTranslationsTest {

    @Test
    void atLeastThreeSpanishTranslationsArePlainAndMatchTheirOriginals() throws Exception {
        Path articles = FixtureProject.REPO.resolve("articles");
        Library library = Library.read(articles);
        assertEquals(List.of(), library.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
        List<Article> spanish = library.articles().stream().filter(a -> a.lang().orElse("").equals("es")).toList();
        assertTrue(spanish.size() >= 3, spanish.toString());
        Translations translations = Translations.of(library.articles(), "en");
        assertEquals(List.of(), TranslationReview.findings(library.articles(), "en"), "translations out of step with their originals");
        for (Article article : spanish) {
            assertTrue(article.file().startsWith(articles.resolve("es")), article.file().toString());
            assertTrue(translations.originalOf(article).isPresent(), article.slug() + " has no original");
            TextStats stats = SpanishReadability.stats(CheckContext.of(article.markdown(), CheckOptions.DEFAULTS)
                    .prose().sentenceTexts());
            assertTrue(stats.words() >= SpanishReadability.MIN_WORDS, article.slug());
            double inflesz = SpanishReadability.szigrisztPazos(stats);
            assertTrue(inflesz >= SpanishReadability.TARGET, article.slug() + ": INFLESZ " + inflesz);
            ArticleReport report = LanguageRules.check("es", article.markdown(), CheckOptions.DEFAULTS);
            assertEquals(0, report.count(Severity.WARNING), article.slug() + " " + report.findings());
        }
    }

    @Test
    void theShippedConfigurationHasTheSpanishDisclaimerAndTitle() throws IOException, org.handouts.config.ConfigException {
        HandoutsConfig config = new ConfigReader().read(FixtureProject.REPO.resolve("handouts.yml"));
        assertTrue(config.texts().in("brand.disclaimer", "es").orElse("").startsWith("Esta hoja da información general."));
        assertTrue(config.brand().disclaimer().startsWith("This handout gives general information."));
        assertEquals("Vivir bien con cáncer de mama", org.handouts.i18n.ClinicTexts.title(config, "es"));
        assertEquals("Living Well With Breast Cancer", config.title());
    }
}
