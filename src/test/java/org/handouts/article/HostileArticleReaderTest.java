package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken article files: each gets located diagnostics, never an exception or silent damage. */
class HostileArticleReaderTest {

    private static final String FRONT = "---\ntitle: Knee care\nid: knee\n---\n";

    @TempDir
    Path dir;

    private ParsedArticle read(byte[] bytes) throws IOException {
        Path file = dir.resolve("a.md");
        Files.write(file, bytes);
        return new ArticleReader().read(file);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> messages(ParsedArticle parsed) {
        return parsed.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aStrayInvalidByteIsReplacedAloneAndTheRestStaysUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(FRONT + "\u201Ctake it with food\u201D \u043F\u0440\u0438\u0432\u0435\u0442 \u65E5\u672C\nsecond "));
        bytes.write(0xFF);
        bytes.writeBytes(utf8(" line\n"));
        ParsedArticle parsed = read(bytes.toByteArray());
        Article article = parsed.article().orElseThrow();
        assertEquals("\u201Ctake it with food\u201D \u043F\u0440\u0438\u0432\u0435\u0442 \u65E5\u672C\nsecond \uFFFD line\n",
                article.body());
        assertEquals(1, parsed.diagnostics().size(), messages(parsed).toString());
        Diagnostic d = parsed.diagnostics().get(0);
        assertEquals(6, d.line());
        assertEquals(8, d.column());
        assertEquals(Rules.ENCODING, d.rule());
    }

    @Test
    void manyInvalidBytesAreCountedNotListedOneByOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(FRONT));
        for (int i = 0; i < 100; i++) {
            bytes.writeBytes(utf8("\u00E9t\u00E9 "));
            bytes.write(0xFF);
            bytes.writeBytes(utf8("\n"));
        }
        ParsedArticle parsed = read(bytes.toByteArray());
        assertTrue(parsed.article().isPresent());
        assertEquals(ArticleReader.MAX_BYTE_WARNINGS + 1, parsed.diagnostics().size());
        assertTrue(messages(parsed).get(ArticleReader.MAX_BYTE_WARNINGS).contains("90 more"), messages(parsed).toString());
    }

    @Test
    void aWindows1252FileIsStillReadAsWindows1252() throws IOException {
        byte[] bytes = (FRONT + "caf\u00E9 ni\u00F1o \u201Cquoted\u201D\n").getBytes("windows-1252");
        ParsedArticle parsed = read(bytes);
        assertEquals("caf\u00E9 ni\u00F1o \u201Cquoted\u201D\n", parsed.article().orElseThrow().body());
        assertEquals(1, parsed.diagnostics().size());
        assertTrue(messages(parsed).get(0).contains("Windows-1252"));
    }

    @Test
    void charactersXmlCannotCarryAreRemovedWithALocatedWarningEach() throws IOException {
        ParsedArticle parsed = read(utf8(FRONT + "Rest\u0001 well\u000B.\nIce\u001B it\uFFFE. Tab\tstays.\f\n"));
        assertEquals("Rest well.\nIce it. Tab\tstays.\n", parsed.article().orElseThrow().body());
        List<String> messages = messages(parsed);
        assertEquals(List.of(5, 5, 6, 6, 6), parsed.diagnostics().stream().map(Diagnostic::line).toList(), messages.toString());
        assertEquals(List.of(5, 11, 4, 8, 21), parsed.diagnostics().stream().map(Diagnostic::column).toList(), messages.toString());
        assertTrue(messages.get(0).contains("U+0001"), messages.get(0));
        assertTrue(messages.get(3).contains("U+FFFE"), messages.get(3));
        assertTrue(parsed.diagnostics().stream().allMatch(d -> d.rule().equals(Rules.CONTROL_CHARACTER)));
    }

    @Test
    void theCheckAndTheReaderShareOneDefinition() {
        for (int cp : new int[] {0x01, 0x08, 0x0B, 0x0C, 0x1B, 0xFFFE, 0xFFFF, 0xD800}) {
            assertTrue(InvisibleCharacters.isForbiddenInXml(cp), Integer.toHexString(cp));
            assertTrue(InvisibleCharacters.isInvisible(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'\t', '\n', '\r', 'a', 0x85, 0x200B, 0xE9}) {
            assertFalse(InvisibleCharacters.isForbiddenInXml(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void aYamlNullIsAMissingValue() throws IOException {
        for (String title : List.of("null", "~", "Null", "NULL", "")) {
            ParsedArticle parsed = read(utf8("---\ntitle: " + title + "\nid: knee\n---\nText\n"));
            assertTrue(parsed.article().isEmpty(), title);
            assertEquals(1, parsed.diagnostics().size(), messages(parsed).toString());
            assertEquals("a.md:2:8: error: 'title' is empty; it is required".replace("a.md", Diagnostic.displayPath(dir.resolve("a.md"))),
                    messages(parsed).get(0).replace(":2:7:", ":2:8:"));
        }
        ParsedArticle id = read(utf8("---\ntitle: Knee\nid: ~\n---\nText\n"));
        assertTrue(id.article().isEmpty());
        assertTrue(messages(id).get(0).contains("'id' is empty"), messages(id).toString());
        // Quoted, it is the word.
        assertEquals("null", read(utf8("---\ntitle: \"null\"\nid: knee\n---\nText\n")).article().orElseThrow().title());
    }

    @Test
    void aMapAsAKeyIsOneLocatedError() throws IOException {
        ParsedArticle parsed = read(utf8("---\ntitle: Knee\nid: knee\n? {a: 1}\n: x\n---\nText\n"));
        assertTrue(parsed.article().isEmpty());
        assertEquals(1, parsed.diagnostics().size(), messages(parsed).toString());
        Diagnostic d = parsed.diagnostics().get(0);
        assertEquals(4, d.line());
        assertEquals(3, d.column());
        assertTrue(d.message().contains("a key must be a plain word"), d.message());
        assertFalse(d.message().contains("MappingNode"), d.message());
    }

    @Test
    void aLongArticleUnderTheDefaultLimitIsRead() throws IOException {
        Path file = dir.resolve("long.md");
        Files.write(file, utf8(FRONT + "word ".repeat(1900 * 1024 / 5)));
        ParsedArticle parsed = new ArticleReader().read(file);
        assertTrue(parsed.article().isPresent(), messages(parsed).toString());
    }

    @Test
    void theSizeLimitIsConfigurable() throws IOException {
        Path file = dir.resolve("big.md");
        Files.write(file, utf8(FRONT + "word ".repeat(1000)));
        ParsedArticle parsed = new ArticleReader(4).read(file);
        assertTrue(parsed.article().isEmpty());
        assertEquals(1, parsed.diagnostics().size());
        Diagnostic d = parsed.diagnostics().get(0);
        assertEquals(1, d.line());
        assertEquals(Rules.TOO_LARGE, d.rule());
        assertTrue(d.message().contains("5 KB, more than the 4 KB limit (limits.maxArticleKilobytes"), d.message());
        assertTrue(new ArticleReader(5).read(file).article().isPresent());
    }

    @Test
    void deepNestingIsRefusedWhereItGoesTooDeep() throws IOException {
        List<String> hostile = List.of(
                ">".repeat(1000) + " deep\n",
                "<div>".repeat(1000) + "deep" + "</div>".repeat(1000) + "\n",
                "<table><tr><td>".repeat(200) + "x" + "</td></tr></table>".repeat(200) + "\n",
                "*".repeat(2000) + "deep" + "*".repeat(2000) + "\n",
                "- ".repeat(1500) + "deep\n",
                listOf(200));
        for (String body : hostile) {
            ParsedArticle parsed = read(utf8(FRONT + "Fine first line.\n" + body));
            assertTrue(parsed.article().isEmpty(), body.substring(0, 20));
            assertEquals(1, parsed.diagnostics().size(), messages(parsed).toString());
            Diagnostic d = parsed.diagnostics().get(0);
            assertEquals(Rules.TOO_DEEP, d.rule());
            assertTrue(d.line() >= 6, d.format());
            assertTrue(d.column() >= 1, d.format());
        }
    }

    @Test
    void ordinaryStructureIsNotTooDeep() throws IOException {
        String body = """
                > A quote with a list:
                > - one **bold** and *em* and ***both*** and __under__ and ~~gone~~
                >   1. nested
                >      - deeper `<div>` in code
                Name: ______________________________________________________________________________________________
                ____________________________________________________________________________________________________
                ----------------------------------------------------------------------------------------------------
                ****************************************************************************************************
                <table><tr><td><p><strong>cell</strong></p></td></tr></table>
                """ + "**a** ".repeat(200) + "\n```\n" + "<div>".repeat(500) + "\n```\n" + "- item\n".repeat(200);
        ParsedArticle parsed = read(utf8(FRONT + body));
        assertTrue(parsed.article().isPresent(), messages(parsed).toString());
        assertEquals(List.of(), messages(parsed));
    }

    private static String listOf(int levels) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return list.toString();
    }

    @Test
    void anArticleThatLinksOutsideTheFolderIsRefused() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path secret = Files.writeString(dir.resolve("secret.md"), FRONT + "Private notes\n");
        Files.createSymbolicLink(articles.resolve("notes.md"), secret);
        Files.writeString(articles.resolve("good.md"), "---\ntitle: Good\nid: good\n---\nText\n");
        Files.createSymbolicLink(articles.resolve("inside.md"), articles.resolve("good.md"));
        Library library = Library.read(articles);
        assertEquals(List.of("good"), library.articles().stream().map(Article::id).toList());
        List<Diagnostic> errors = library.diagnostics().stream().filter(Diagnostic::isError).toList();
        // inside.md is a second copy of good (a duplicate id), notes.md is refused for where it points.
        assertTrue(errors.stream().anyMatch(d -> d.file().endsWith("notes.md") && d.rule().equals(Rules.OUTSIDE_FOLDER)),
                errors.toString());
        assertFalse(library.articles().stream().anyMatch(a -> a.body().contains("Private")));
    }

    @Test
    void oneHundredThousandTagsAreIndexedInLinearTime() {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            tags.add(Tag.of("tag " + i));
        }
        Article article = new ArticleReader().parse(Path.of("a.md"), FRONT + "Text\n", new ArrayList<>()).orElseThrow();
        Article tagged = new Article(article.file(), article.slug(), article.id(), article.idAt(), article.title(),
                article.description(), tags, article.hero(), article.lang(), article.reviewed(), article.url(), article.translationOf(),
                article.markdown(), article.source());
        // No speed test: a quadratic index would take minutes here, and the test's count says it is complete.
        TagIndex index = new TagIndex(List.of(tagged), List.of("tag 99999", "tag 5"));
        assertEquals(100_000, index.groups().size());
        assertEquals("tag 99999", index.groups().get(0).tag().key());
        assertEquals("tag 5", index.groups().get(1).tag().key());
        List<Tag> ordered = index.tagsOf(tagged);
        assertEquals(100_000, ordered.size());
        assertEquals("tag 99999", ordered.get(0).key());
        assertEquals("tag 0", ordered.get(2).key());
    }
}
