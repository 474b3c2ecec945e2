package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.handouts.article.Library;
import org.handouts.check.CheckedArticle;
import org.handouts.check.LibraryChecker;
import org.handouts.check.Rule;
import org.handouts.check.RuleSet;
import org.handouts.config.BuildOptions;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import org.handouts.epub.EpubCheckRun;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.PdfFacts;
import org.handouts.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries laid out as site generators lay them out (src/test/resources/org/handouts/libraries), built as they
 * are, with no file changed: an Astro blog, a Hugo site, a foldered library with no front matter (issue 12).
 */
class SiteLibrariesBuildTest {

    @TempDir
    Path temp;

    @Test
    void aFolderedLibraryWithoutFrontMatterBuildsEveryArticleWithItsHeadingAsTitleAndItsFoldersAsTopics() throws Exception {
        FixtureProject project = FixtureProject.library(temp, "foldered");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertEquals(5, run.result().articles(), run.stderr());
        Path pdfs = project.out().resolve("pdf/handout");
        for (String slug : List.of("welcome", "managing-symptoms/tremor", "managing-symptoms/sleep", "daily-life/driving", "es/dormir")) {
            assertTrue(Files.isRegularFile(pdfs.resolve(slug + ".pdf")), slug + " built: " + run.stderr());
        }
        assertFalse(Files.exists(pdfs.resolve("_partials")), "folders starting with _ are skipped");

        PdfFacts tremor = PdfFacts.of(pdfs.resolve("managing-symptoms/tremor.pdf"));
        assertEquals("Living with a tremor", tremor.title());
        assertEquals(1, count(tremor.text(), "Living with a tremor"), "the heading is the title, printed once:\n" + tremor.text());
        assertFalse(tremor.text().contains("# "), tremor.text());
        assertTrue(tremor.text().contains("Topics: Managing symptoms"), tremor.text());
        PdfFacts sleep = PdfFacts.of(pdfs.resolve("managing-symptoms/sleep.pdf"));
        assertEquals(1, count(sleep.text(), "Sleeping better"), "a comment before the heading does not stop it being the title:\n" + sleep.text());
        PdfFacts dormir = PdfFacts.of(pdfs.resolve("es/dormir.pdf"));
        assertEquals("Dormir mejor", dormir.title());
        assertFalse(dormir.text().contains("Temas: Es") || dormir.text().contains("Topics: Es"), "a language folder is no topic:\n" + dormir.text());

        String nav = entry(project.out().resolve("booklet.epub"), "EPUB/text/topics.xhtml")
                + entry(project.out().resolve("booklet.epub"), "EPUB/nav.xhtml");
        assertTrue(nav.contains("Managing symptoms") && nav.contains("Daily life"), nav);
        assertFalse(nav.contains(">Es<"), nav);
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(project.out().resolve("booklet.epub"))));
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(project.out().resolve("booklet.es.epub"))));
        PdfFacts booklet = PdfFacts.of(project.out().resolve("booklet.pdf"));
        assertTrue(booklet.text().contains("Living with a tremor") && booklet.text().contains("Driving"), booklet.text());
        assertTrue(Files.isRegularFile(project.out().resolve("site/managing-symptoms/tremor/index.html")));

        // Built again, nothing changed, the nested articles' kept chapters are used: nothing is rendered again.
        FixtureProject.Run again = project.build();
        assertEquals(0, again.result().exitCode(), again.stderr());
        assertEquals(List.of(), again.result().written(), "an unchanged foldered library is up to date");
        assertAgree(project, project.articles(), run);

        // A nested article deleted: its outputs and every cache entry kept for it go, in their sub-folders too.
        Files.delete(project.articles().resolve("managing-symptoms/tremor.md"));
        FixtureProject.Run removed = project.build();
        assertEquals(0, removed.result().exitCode(), removed.stderr());
        assertFalse(Files.exists(pdfs.resolve("managing-symptoms/tremor.pdf")));
        for (String cache : List.of(".handouts-prepared", ".handouts-booklet", ".handouts-chapters")) {
            assertFalse(Files.exists(project.out().resolve(cache).resolve("managing-symptoms/tremor.bin")), cache);
        }
        assertTrue(Files.exists(project.out().resolve(".handouts-prepared/managing-symptoms/sleep.bin")));
        // Each language's printed booklet keeps its chapters apart, so writing the Spanish one keeps the English ones.
        assertTrue(Files.exists(project.out().resolve(".handouts-booklet/managing-symptoms/sleep.bin")));
        assertTrue(Files.exists(project.out().resolve(".handouts-booklet-es/es/dormir.bin")));
        assertTrue(Files.exists(project.out().resolve(".handouts-chapters/managing-symptoms/sleep.bin")), "the EPUB's too");
        assertTrue(Files.exists(project.out().resolve(".handouts-chapters-es/es/dormir.bin")));
    }

    @Test
    void folderTopicsCanBeTurnedOffInHandoutsYml() throws Exception {
        FixtureProject project = FixtureProject.library(temp, "foldered");
        project.config(Files.readString(project.root().resolve("handouts.yml")) + "library:\n  folderTopics: false\n");
        FixtureProject.Run run = project.build(project.options().withEpub(false).withBookletPdf(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
        PdfFacts tremor = PdfFacts.of(project.out().resolve("pdf/handout/managing-symptoms/tremor.pdf"));
        assertFalse(tremor.text().contains("Managing symptoms"), tremor.text());

        project.config(Files.readString(project.root().resolve("handouts.yml")).replace("folderTopics: false", "folderTopics: sometimes"));
        FixtureProject.Run bad = project.build(project.options().withEpub(false).withBookletPdf(false));
        assertEquals(2, bad.result().exitCode(), bad.stderr());
        assertTrue(bad.stderr().contains("library.folderTopics"), bad.stderr());
    }

    @Test
    void anAstroBlogBuildsFromItsContentFolderWithItsMdxPostAndNoWarningsAboutAstroKeys() throws Exception {
        FixtureProject project = FixtureProject.library(temp, "astro");
        Path blog = project.root().resolve("src/content/blog");
        project.writeBytes("src/content/blog/images/waiting-room.jpg", TestImages.jpeg(800, 500));
        BuildOptions options = project.options().withArticles(blog);
        FixtureProject.Run run = project.build(options);
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertEquals(3, run.result().articles(), run.stderr());
        Path pdfs = project.out().resolve("pdf/handout");
        PdfFacts active = PdfFacts.of(pdfs.resolve("staying-active.pdf"));
        assertEquals("Staying active", active.title());
        assertTrue(active.text().contains("Start with a short walk") && active.text().contains("Ideas to try"), active.text());
        assertFalse(active.text().contains("import") || active.text().contains("[1, 2, 3]") || active.text().contains("Callout"),
                active.text());
        assertTrue(active.text().contains("<Chart data={[4, 5]} />"), "code blocks are kept as written:\n" + active.text());
        assertTrue(PdfFacts.of(pdfs.resolve("first-visit.pdf")).text().contains("What to bring"));
        assertTrue(PdfFacts.of(pdfs.resolve("after-treatment.pdf")).text().contains("Reviewed August 2, 2023"),
                "updatedDate, the latest date, is the reviewed date");

        List<String> warnings = run.stderrLines().stream().filter(l -> l.contains("warning")).toList();
        assertTrue(has(warnings, "staying-active.mdx:6:1: warning: MDX import left out: 'import Chart from"), run.stderr());
        assertTrue(has(warnings, "staying-active.mdx:7:1: warning: MDX import left out"), run.stderr());
        assertTrue(has(warnings, "staying-active.mdx:11:1: warning: MDX component <Chart /> left out"), run.stderr());
        assertTrue(has(warnings, "staying-active.mdx:13:1: warning: MDX component <Callout> left out"), run.stderr());
        assertFalse(run.stderr().contains("unknown front matter key"), run.stderr());
        assertFalse(run.stderr().contains("line 21") || warnings.stream().anyMatch(l -> l.contains(".mdx:21:")),
                "nothing is said about the component inside the code block: " + run.stderr());
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(project.out().resolve("booklet.epub"))));
        assertAgree(project, blog, run);
    }

    @Test
    void aHugoSiteBuildsItsPostsTakesItsCategoriesAsTopicsAndSkipsItsDraftWithANote() throws Exception {
        FixtureProject project = FixtureProject.library(temp, "hugo");
        Path content = project.root().resolve("content");
        project.writeBytes("content/posts/hands.jpg", TestImages.jpeg(800, 500));
        FixtureProject.Run run = project.build(project.options().withArticles(content));
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertEquals(2, run.result().articles(), run.stderr());
        Path pdfs = project.out().resolve("pdf/handout/posts");
        assertTrue(Files.isRegularFile(pdfs.resolve("eating-well.pdf")));
        assertFalse(Files.exists(pdfs.resolve("coming-soon.pdf")), "the draft is not built");
        assertFalse(Files.exists(project.out().resolve("pdf/handout/_index.pdf")), "_index.md is a list page");
        assertTrue(Pattern.compile("coming-soon\\.md:4:1: note: a draft \\('draft: true'\\)").matcher(run.stderr()).find(), run.stderr());
        PdfFacts hands = PdfFacts.of(pdfs.resolve("hand-washing.pdf"));
        assertEquals("Washing your hands", hands.title());
        assertTrue(Pattern.compile("Topics: Daily life\\W+Infection control").matcher(hands.text()).find(), hands.text());
        assertTrue(hands.text().contains("Reviewed January 15, 2024"), "lastmod, the latest date, is the reviewed date: " + hands.text());
        assertTrue(hands.subject().contains("Clean hands stop germs"), "the summary is the description: " + hands.subject());
        assertTrue(hands.images() >= 1, "'image' is the hero");

        List<String> warnings = run.stderrLines().stream().filter(l -> l.contains("warning")).toList();
        assertEquals(1, warnings.stream().filter(l -> l.contains("unknown front matter key")).count(), run.stderr());
        assertTrue(has(warnings, "eating-well.md:8:1: warning: unknown front matter key 'mood' is ignored"), run.stderr());
        assertAgree(project, content, run);
    }

    /** {@code handouts check} reads the same articles: it reports what the build reported about them. */
    private static void assertAgree(FixtureProject project, Path articles, FixtureProject.Run build) throws Exception {
        HandoutsConfig config = new ConfigReader().read(project.root().resolve("handouts.yml"));
        Library library = Library.read(articles, Library.listMarkdown(articles), config.reading());
        List<CheckedArticle> checked = new LibraryChecker(config.check(), java.time.LocalDate.of(2026, 12, 1)).check(library);
        Set<String> plainLanguage = RuleSet.standard().rules().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> found = checked.stream().flatMap(c -> c.findings().stream())
                .filter(d -> d.severity() != Severity.NOTE)
                .filter(d -> !plainLanguage.contains(d.rule()) && !d.rule().equals(LibraryChecker.REVIEW_DUE))
                .map(Diagnostic::formatWithRule).collect(Collectors.toCollection(TreeSet::new));
        Set<String> built = build.result().diagnostics().stream()
                .filter(d -> d.file() != null && d.file().startsWith(articles))
                .filter(d -> d.severity() != Severity.NOTE)
                .map(Diagnostic::formatWithRule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(built, found);
        assertEquals(library.articles().size(), build.result().articles());
    }

    private static boolean has(List<String> lines, String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String entry(Path epub, String name) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
