package org.handouts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.config.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCheckerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private List<CheckedArticle> check(CheckOptions options) throws Exception {
        return new LibraryChecker(options, TODAY).check(Library.read(dir));
    }

    private static List<String> rules(CheckedArticle article) {
        return article.findings().stream().map(Diagnostic::rule).toList();
    }

    @Test
    void frontMatterRulesReviewDueHeroAltAndMisDecodedText() throws Exception {
        Files.writeString(dir.resolve("a.md"), """
                ---
                title: A
                id: a
                heroImage: images/x.png
                reviewed: 2023-01-10
                ---

                The bodyâ€™s cells.
                """);
        CheckedArticle a = check(CheckOptions.DEFAULTS).get(0);
        assertEquals(List.of("hero-alt", "picture", "review-due", "mis-decoded-text"), rules(a));
        Diagnostic due = a.findings().get(2);
        assertEquals(5, due.line());
        assertTrue(due.message().startsWith("due for review: last reviewed 2023-01-10"), due.message());
        assertEquals("revise", a.verdict());
    }

    @Test
    void recentReviewIsFine() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nid: a\nreviewed: 2025-12-01\n---\n\nWe can help you.\n");
        CheckedArticle a = check(CheckOptions.DEFAULTS).get(0);
        assertEquals(List.of(), a.findings());
        assertEquals("ready", a.verdict());
    }

    @Test
    void anArticleThatCannotBeReadIsReportedWithItsErrorAndNoNumbers() throws Exception {
        Files.writeString(dir.resolve("bad.md"), "no front matter\n");
        CheckedArticle bad = check(CheckOptions.DEFAULTS).get(0);
        assertTrue(bad.report().isEmpty());
        assertEquals(List.of("front-matter"), rules(bad));
        assertEquals(Severity.ERROR, bad.findings().get(0).severity());
        assertEquals("fix errors", bad.verdict());
    }

    @Test
    void duplicateIdsAreFoundToo() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nid: same\n---\n\nText.\n");
        Files.writeString(dir.resolve("b.md"), "---\ntitle: B\nid: same\n---\n\nText.\n");
        List<CheckedArticle> results = check(CheckOptions.DEFAULTS);
        assertEquals(List.of("duplicate-id"), rules(results.get(1)));
        assertEquals(Severity.ERROR, results.get(1).findings().get(0).severity());
    }

    @Test
    void rulesSwitchedOffInTheConfigurationAreNotReported() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nid: a\nheroImage: x.png\n---\n\n[click here](https://example.org)\n");
        assertEquals(List.of("hero-alt", "picture", "link-text"), rules(check(CheckOptions.DEFAULTS).get(0)));
        CheckOptions quiet = new CheckOptions(8, 25, 6, 2, Set.of("hero-alt", "picture", "link-text"));
        assertEquals(List.of(), rules(check(quiet).get(0)));
    }

    @Test
    void aBareWebAddressInTheTextIsALinkAsInThePdf() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nid: a\n---\n\nVisit https://www.cancer.gov today.\n");
        CheckedArticle a = check(CheckOptions.DEFAULTS).get(0);
        assertEquals(List.of("link-text"), rules(a));
        assertEquals(6, a.findings().get(0).line());
        assertEquals(7, a.findings().get(0).column());
    }

    @Test
    void picturesTheBuildCannotUseAreFoundWithoutReadingThem() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/there.png"), new byte[] {1});
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nid: a\nheroImage: images/gone.png\nheroAlt: Gone\n---\n\n"
                + "![Out](../secret.png) ![There](images/there.png) ![Data](data:image/png;base64,AAAA)\n");
        CheckedArticle a = check(CheckOptions.DEFAULTS).get(0);
        // A path leaving the folder is refused unread, as every bad picture is a warning: it never stops a build.
        assertEquals(List.of("4:12 warning", "8:8 warning", "8:58 warning"), a.findings().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.severity().label()).toList());
        assertTrue(a.findings().get(1).message().contains("'../secret.png' points outside the project folder"), a.findings().get(1).message());
    }

    @Test
    void hardTextIsAboveTheTargetGrade() throws Exception {
        Files.writeString(dir.resolve("hard.md"), "---\ntitle: H\nid: h\n---\n\n"
                + "Comprehensive multidisciplinary oncological management necessitates individualized therapeutic "
                + "considerations incorporating pharmacological, radiological and psychological interventions.\n");
        CheckedArticle hard = check(CheckOptions.DEFAULTS).get(0);
        assertTrue(hard.aboveGrade(8.0));
        assertTrue(rules(hard).contains("readability-grade"), rules(hard).toString());
        CheckOptions lenient = new CheckOptions(60, 25, 6, 2, Set.of());
        assertTrue(!check(lenient).get(0).aboveGrade(60), "grade " + hard.report());
    }
}
