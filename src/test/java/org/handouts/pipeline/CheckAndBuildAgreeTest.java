package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.check.CheckedArticle;
import org.handouts.check.LibraryChecker;
import org.handouts.check.Rule;
import org.handouts.check.RuleSet;
import org.handouts.config.ConfigReader;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code build} read the same parsed articles, so on a library full of mistakes they report
 * the same problems: every error and warning the build gives about an article, {@code check} gives at the
 * same place in the same words, and every finding of {@code check} that is not a plain-language rule (which
 * the build only counts) the build gives too.
 */
class CheckAndBuildAgreeTest {

    @Test
    void checkAndBuildReportTheSameProblemsOnALibraryFullOfMistakes(@TempDir Path temp) throws Exception {
        FixtureProject project = FixtureProject.create(temp);
        project.write("articles/images/ok.png", "not really a png");
                project.article("no-front-matter.md", "Just text, no front matter.\n");
        project.article("keys.md", "---\ntitle: Keys\nid: keys\ntitel: typo\nlang: not a tag\nreviewed: last May\n---\n\nRest well.\n");
        project.article("dup-a.md", "---\ntitle: A\nid: same\n---\n\nRest.\n");
        project.article("dup-b.md", "---\ntitle: B\nid: same\n---\n\nRest.\n");
        project.article("mojibake.md", "---\ntitle: Mojibake\nid: mojibake\n---\n\nThe body\u00E2\u20AC\u2122s cells.\n");
        project.article("hero-missing.md", "---\ntitle: Hero\nid: hero-missing\nheroImage: images/gone.png\n---\n\nRest.\n");
        project.article("hero-scheme.md", "---\ntitle: Hero scheme\nid: hero-scheme\nheroImage: \"ftp://x.example/a.png\"\nheroAlt: A\n---\n\nRest.\n");
        project.article("outside.md", "---\ntitle: Outside\nid: outside\n---\n\nSee ![a secret](../../secret.png).\n");
        project.article("pictures.md", "---\ntitle: Pictures\nid: pictures\n---\n\nOne ![gone](images/nope.png) and"
                + " ![data](data:image/png;base64,AAAA), twice ![gone](images/nope.png).\n\nVisit https://www.cancer.gov today.\n");
        project.article("control.md", "---\ntitle: Control\nid: control\n---\n\nRest\u0001 well.\n");
        project.article("empty.md", "---\ntitle: Empty\nid: empty\n---\n");
        project.article("no-title.md", "---\nid: no-title\n---\n\nRest.\n");
        project.simpleArticle("good", "Good", "", "Rest when you feel tired.");

        FixtureProject.Run build = project.build(project.options().withOffline(true).withEpub(false).withBookletPdf(false));
        List<String> builtInOrder = build.result().diagnostics().stream()
                .filter(d -> d.file() != null && d.file().startsWith(project.articles()))
                .filter(d -> d.severity() != Severity.NOTE)
                .map(Diagnostic::formatWithRule).toList();
        Set<String> built = new TreeSet<>(builtInOrder);
        assertEquals(built.size(), builtInOrder.size(), "the build says each thing once: " + builtInOrder);

        Library library = Library.read(project.articles());
        List<CheckedArticle> checked = new LibraryChecker(new ConfigReader().read(project.root().resolve("handouts.yml")).check(),
                LocalDate.of(2026, 11, 27)).check(library);
        Set<String> plainLanguage = new HashSet<>();
        RuleSet.standard().rules().stream().map(Rule::id).forEach(plainLanguage::add);
        plainLanguage.add(LibraryChecker.REVIEW_DUE);
        Set<String> found = checked.stream().flatMap(c -> c.findings().stream())
                .filter(d -> d.severity() != Severity.NOTE)
                .filter(d -> !plainLanguage.contains(d.rule()))
                .map(Diagnostic::formatWithRule).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(built, found, "build said:\n" + String.join("\n", built) + "\n\ncheck said:\n" + String.join("\n", found));
        // The mistakes really are there: errors and warnings of every kind, including the pictures'.
        assertTrue(found.size() >= 14, String.join("\n", found));
        assertTrue(found.stream().anyMatch(line -> line.contains("outside the project folder") && line.contains("warning")));
        assertTrue(found.stream().anyMatch(line -> line.contains("'images/gone.png' not found")));
        // The bare address is a link in the PDF, so the review speaks about it as a link.
        assertTrue(checked.stream().flatMap(c -> c.findings().stream())
                .anyMatch(d -> d.rule().equals("link-text") && d.file().endsWith("pictures.md") && d.line() == 8),
                new String(build.stderr().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(count(checked, Severity.ERROR), build.result().count(Severity.ERROR));
    }

    private static long count(List<CheckedArticle> checked, Severity severity) {
        return checked.stream().mapToLong(c -> c.count(severity)).sum();
    }
}
