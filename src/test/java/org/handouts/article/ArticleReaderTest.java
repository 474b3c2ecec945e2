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
    void withoutFrontMatterTheFirstHeadingIsTheTitleAndLeavesTheBodyAndTheIdIsTheSlug() {
        Article article = parse("<!-- a note -->\n\n# Living with *tremor* #\n\nShaking you cannot control.\n\n# Later\n").orElseThrow();
        assertEquals("Living with tremor", article.title());
        assertEquals("sample", article.id());
        assertEquals("sample", article.slug());
        assertTrue(!article.body().contains("Living with") && article.body().contains("# Later"), article.body());
        assertEquals(1, article.bodyStartLine());
        assertEquals(5, article.markdown().document().getFirstChild().getNext().getLineNumber() + 1,
                "positions after the heading stay those of the file");
        assertTrue(diagnostics.isEmpty(), messages().toString());
    }

    @Test
    void anUnderlinedHeadingIsATitleToo() {
        Article article = parse("Sleeping better\n===============\n\nRest.\n\n## Tips\n").orElseThrow();
        assertEquals("Sleeping better", article.title());
        assertTrue(!article.body().contains("Sleeping") && !article.body().contains("==="), article.body());
        assertEquals(article.source().lines().count(), article.body().lines().count(), "positions stay right");
        assertTrue(parse("Some text\nmore text\n===\n").isEmpty(), "a paragraph's last line is not taken alone");
    }

    @Test
    void withoutFrontMatterOrHeadingTheMissingTitleIsAnErrorAtLineOne() {
        assertTrue(parse("Just text.\n\n```\n# not a heading: code\n```\n").isEmpty());
        assertEquals(List.of("articles/sample.md:1:1: error: the article has no title: start it with a heading line"
                + " '# Its title', or with front matter ('---', then 'title: Its title', then '---')"), messages());
    }

    @Test
    void aTitleWrittenTwiceIsPrintedOnce() {
        Article article = parse("---\ntitle: Sleep\n---\n\n# Sleep\n\nRest.\n").orElseThrow();
        assertEquals("Sleep", article.title());
        assertTrue(!article.body().contains("# Sleep"), article.body());
        Article other = parse("---\ntitle: Sleep\n---\n\n# Another heading\n\nRest.\n").orElseThrow();
        assertTrue(other.body().contains("# Another heading"), "a different heading is text of its own");
    }

    @Test
    void siteGeneratorKeysAreMappedAndNotWarnedAbout() {
        Article article = parse("---\ntitle: A\npubDate: 'Jul 08 2022'\nupdatedDate: 2023-08-02T10:00:00Z\nlastmod: 2021-01-01\n"
                + "image: pics/a.jpg\nsummary: Short.\ncategories: [Daily life]\ntags: [rest]\nsidebar_position: 3\n"
                + "keywords: [a]\nhide: [toc]\nslug: other\nweight: 4\nlayout: post\n---\nBody\n").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2023, 8, 2)), article.reviewed());
        assertEquals("pics/a.jpg", article.hero().orElseThrow().source());
        assertEquals("Short.", article.description());
        assertEquals(List.of("rest", "daily life"), article.tags().stream().map(Tag::key).toList());
        assertEquals("sample", article.id(), "Hugo's 'slug' names the page on its own site; the id is the file's");
        assertTrue(diagnostics.isEmpty(), messages().toString());
    }

    @Test
    void reviewedWinsOverTheGeneratorsDatesAndAnUnreadableDateIsAWarning() {
        Article article = parse("---\ntitle: A\nreviewed: 2020-02-02\ndate: 2024-01-01\n---\nBody\n").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2020, 2, 2)), article.reviewed());
        Article vague = parse("---\ntitle: A\ndate: last spring\n---\nBody\n").orElseThrow();
        assertTrue(vague.reviewed().isEmpty());
        assertTrue(messages().get(0).startsWith("articles/sample.md:3:7: warning: 'last spring' is not a date"), messages().toString());
    }

    @Test
    void aMisspeltGeneratorKeyIsStillAWarningWithDidYouMean() {
        parse("---\ntitle: A\npubDat: 2022-01-01\nlolcat: yes\n---\nBody\n").orElseThrow();
        assertEquals(List.of("articles/sample.md:3:1: warning: unknown front matter key 'pubDat' is ignored (did you mean 'pubDate'?)",
                "articles/sample.md:4:1: warning: unknown front matter key 'lolcat' is ignored"), messages());
    }

    @Test
    void aDraftIsSkippedWithANoteNotAnError() {
        ParsedArticle draft = new ArticleReader().read(write("---\ntitle: A\ndraft: true\n---\nBody\n"));
        assertTrue(draft.draft() && draft.article().isEmpty());
        assertEquals(List.of(Severity.NOTE), draft.diagnostics().stream().map(Diagnostic::severity).toList());
        assertTrue(new ArticleReader().read(write("---\ntitle: A\npublished: false\n---\nBody\n")).draft(), "Jekyll's way");
        assertTrue(new ArticleReader().read(write("---\ntitle: A\ndraft: false\n---\nBody\n")).article().isPresent());
    }

    @Test
    void mdxCodeIsLeftOutWithAWarningAtEachPlaceAndTheMarkdownStays() throws Exception {
        Path file = write("---\ntitle: A\n---\nimport Chart from './Chart.astro';\nexport const meta = {\n  a: 1,\n};\n\n"
                + "Before <Badge text=\"new\" /> after.\n\n<Note kind=\"tip\">\nRest **well**.\n</Note>\n{/* a comment */}\n\n"
                + "`<Inline />` and <b>html</b>\n\n~~~\n<Chart />\n~~~\n\n<Chart\n  data={[1, 2]}\n/>\n\n## After\n", ".mdx");
        ParsedArticle parsed = new ArticleReader().read(file);
        Article article = parsed.article().orElseThrow();
        List<String> said = parsed.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
        assertEquals(5, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("4:1 MDX import left out: 'import Chart from './Chart.astro';'"), said.toString());
        assertTrue(said.get(1).startsWith("5:1 MDX export left out"), said.toString());
        assertTrue(said.get(2).startsWith("9:8 MDX component <Badge /> left out"), said.toString());
        assertTrue(said.get(3).startsWith("11:1 MDX component <Note> left out") && said.get(3).contains("text inside it is kept"), said.toString());
        assertTrue(said.get(4).startsWith("22:1 MDX component <Chart /> left out"), said.toString());
        String body = article.body();
        assertTrue(body.contains("Before  after.") && body.contains("Rest **well**.") && body.contains("`<Inline />`")
                && body.contains("<b>html</b>") && body.contains("~~~\n<Chart />\n~~~") && !body.contains("import")
                && !body.contains("comment") && !body.contains("Note"), body);
        assertEquals(body.lines().count(), article.source().lines().count() - 3, "every line is kept, so positions stay right");
        assertEquals("sample", article.slug());
    }

    private Path write(String text) {
        return write(text, ".md");
    }

    private Path write(String text, String extension) {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("reader");
            Path file = dir.resolve("sample" + extension);
            java.nio.file.Files.writeString(file, text);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    void aMissingTitleIsAnErrorAndAMissingIdIsTheSlug() {
        assertTrue(parse("---\ndescription: x\n---\nBody\n").isEmpty());
        assertEquals(List.of("articles/sample.md:1:1: error: the article has no title: add 'title: Its title' to the front matter,"
                + " or a first heading line '# Its title'"), messages());
        assertEquals("sample", parse("---\ntitle: T\n---\nBody\n").orElseThrow().id());
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
