package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static final Path FILE = Path.of("articles/sample.md");

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Optional<Article> parse(String text) {
        return new ArticleReader().parse(FILE, text, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsTagsWrittenAsACommaString() {
        Article article = parse("---\ntitle: A\nid: a\ntags: \"immunotherapy, Breast Cancer ,  \"\n---\nBody\n").orElseThrow();
        assertEquals(List.of("immunotherapy", "breast cancer"), article.tags().stream().map(Tag::key).toList());
        assertEquals("Breast Cancer", article.tags().get(1).label());
    }

    @Test
    void readsTagsWrittenAsAYamlList() {
        Article article = parse("---\ntitle: A\nid: a\ntags:\n  - surgery\n  - breast cancer\n  - Surgery\n---\nBody\n").orElseThrow();
        assertEquals(List.of("surgery", "breast cancer"), article.tags().stream().map(Tag::key).toList());
    }

    @Test
    void readsEveryField() {
        Article article = parse("""
                ---
                title: "Radiation"
                id: 7
                description: About rays.
                heroImage: images/sun.png
                heroAlt: A sun over hills
                heroCredit: Photo by Ann
                lang: es
                reviewed: 2026-09-14
                ---

                ## Hello
                """).orElseThrow();
        assertEquals("7", article.id());
        assertEquals("Radiation", article.title());
        assertEquals("images/sun.png", article.hero().orElseThrow().source());
        assertEquals("A sun over hills", article.hero().orElseThrow().alt());
        assertEquals(5, article.hero().orElseThrow().line());
        assertEquals(Optional.of("es"), article.lang());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 14)), article.reviewed());
        assertEquals(11, article.bodyStartLine());
        assertEquals("sample", article.slug());
        assertTrue(diagnostics.isEmpty(), messages().toString());
    }

    @Test
    void missingFrontMatterIsAnErrorAtLineOne() {
        assertTrue(parse("# Just markdown\n").isEmpty());
        assertEquals(List.of("articles/sample.md:1:1: error: missing front matter: an article must start with a line '---', "
                + "then 'title:' and 'id:' lines, then '---'"), messages());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertTrue(parse("---\ntitle: A\nid: a\n\nBody text\n").isEmpty());
        assertTrue(messages().get(0).startsWith("articles/sample.md:1:1: error: front matter opened here is never closed"));
    }

    @Test
    void malformedYamlPointsAtTheLineInTheFile() {
        assertTrue(parse("---\ntitle: A\nid: a\ntags: [one, two\n---\nBody\n").isEmpty());
        Diagnostic error = diagnostics.get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.line() >= 4, error.format());
        assertTrue(error.message().startsWith("invalid YAML"), error.format());
    }

    @Test
    void missingTitleAndIdAreErrors() {
        assertTrue(parse("---\ndescription: x\n---\nBody\n").isEmpty());
        assertTrue(messages().contains("articles/sample.md:1:1: error: missing required front matter field 'title'"));
        assertTrue(messages().contains("articles/sample.md:1:1: error: missing required front matter field 'id'"));
    }

    @Test
    void emptyTitleIsAnErrorAtItsValue() {
        assertTrue(parse("---\ntitle: \"\"\nid: a\n---\nBody\n").isEmpty());
        assertEquals("articles/sample.md:2:8: error: 'title' is empty; it is required", messages().get(0));
    }

    @Test
    void unknownKeyIsAWarningWithDidYouMean() {
        Article article = parse("---\ntitle: A\nid: a\nheroimage: x.png\n---\nBody\n").orElseThrow();
        assertEquals(List.of("articles/sample.md:4:1: warning: unknown front matter key 'heroimage' is ignored (did you mean 'heroImage'?)"),
                messages());
        assertTrue(article.hero().isEmpty());
    }

    @Test
    void badDateAndLanguageAreWarningsNotErrors() {
        Article article = parse("---\ntitle: A\nid: a\nreviewed: last week\nlang: english!\n---\nBody\n").orElseThrow();
        assertTrue(article.reviewed().isEmpty());
        assertTrue(article.lang().isEmpty());
        assertEquals(2, diagnostics.size());
        assertTrue(messages().get(0).startsWith("articles/sample.md:4:11: warning:"), messages().toString());
    }

    @Test
    void mojibakeInTheBodyIsRepairedAndReportedAtItsPlace() {
        Article article = parse("---\ntitle: A\nid: a\n---\nThe bodyâ€™s cells.\n").orElseThrow();
        assertTrue(article.body().contains("body’s"));
        assertEquals(List.of("articles/sample.md:5:9: warning: mis-decoded text \"bodyâ€™s\" repaired to \"body’s\" (fix the source to silence this)"),
                messages());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreFine() {
        Article article = parse("\uFEFF---\r\ntitle: A\r\nid: a\r\n---\r\nBody\r\n").orElseThrow();
        assertEquals("A", article.title());
        assertTrue(diagnostics.isEmpty(), messages().toString());
    }
}
