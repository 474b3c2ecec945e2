package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One library with one hostile or broken article per case, built once: each bad article gets its one
 * located diagnostic (never a stack trace), every other article and both booklets are still built, and
 * the exit code is 1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileLibraryBuildTest {

    FixtureProject project;
    FixtureProject.Run run;

    /** The refused articles and what their one error says. */
    private static final Map<String, String> REFUSED = Map.of(
            "quotes", "nests more than 50 levels deep",
            "divs", "nests more than 50 levels deep",
            "tables", "nests more than 50 levels deep",
            "stars", "nests more than 50 levels deep",
            "list", "nests more than 50 levels deep",
            "nulltitle", "'title' is empty; it is required",
            "nullid", "'id' is empty; it is required",
            "mapkey", "a key must be a plain word",
            "huge", "more than the 64 KB limit",
            "elsewhere", "outside the articles folder");

    @BeforeAll
    void buildOnce(@TempDir Path temp) throws Exception {
        project = FixtureProject.create(temp);
        project.config(FixtureProject.DEFAULT_CONFIG + "limits:\n  maxArticleKilobytes: 64\n");
        project.simpleArticle("rest", "Resting well", "tags: [sleep]\n", "Rest when you feel tired.");
        project.simpleArticle("walk", "Walking", "tags: [moving]\n", "Short walks help.");
        project.simpleArticle("quotes", "Quotes", "", ">".repeat(1000) + " deep");
        project.simpleArticle("divs", "Divs", "", "<div>".repeat(1000) + "deep" + "</div>".repeat(1000));
        project.simpleArticle("tables", "Tables", "", "<table><tr><td>".repeat(200) + "x" + "</td></tr></table>".repeat(200));
        project.simpleArticle("stars", "Stars", "", "*".repeat(2000) + "deep" + "*".repeat(2000));
        project.simpleArticle("list", "List", "", "- ".repeat(1500) + "deep");
        project.simpleArticle("control", "Control characters", "", "Rest\u0001 \u0002\u0003\u0004\u0005\u0006\u0007\u0008 well\u000B\u000C\u001B\uFFFE.");
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        stray.writeBytes("---\ntitle: Stray byte\nid: stray\n---\n\u201Ctake it with food\u201D ".getBytes(StandardCharsets.UTF_8));
        stray.write(0xFF);
        stray.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        project.writeBytes("articles/stray.md", stray.toByteArray());
        project.article("nulltitle.md", "---\ntitle: null\nid: nulltitle\n---\nText\n");
        project.article("nullid.md", "---\ntitle: Null id\nid: ~\n---\nText\n");
        project.article("mapkey.md", "---\ntitle: Map key\nid: mapkey\n{a: 1}: x\n---\nText\n");
        project.simpleArticle("huge", "Huge", "", "Words and more words. ".repeat(4000));
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\nid: secret\n---\nPrivate notes\n");
        Files.createSymbolicLink(project.articles().resolve("elsewhere.md"), secret);
        run = project.build();
    }

    private Path pdf(String slug) {
        return project.out().resolve("pdf/handout/" + slug + ".pdf");
    }

    @Test
    void everyRefusedArticleHasExactlyOneLocatedErrorAndNoStackTrace() {
        assertEquals(1, run.result().exitCode(), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertFalse(run.stderr().contains("StackOverflow"), run.stderr());
        REFUSED.forEach((slug, reason) -> {
            List<String> errors = run.stderrLines().stream()
                    .filter(l -> l.contains("articles/" + slug + ".md:") && l.contains(": error: ")).toList();
            assertEquals(1, errors.size(), slug + ": " + run.stderr());
            assertTrue(errors.get(0).matches(".*articles/" + slug + "\\.md:\\d+:\\d+: error: .*"), errors.get(0));
            assertTrue(errors.get(0).contains(reason), errors.get(0));
            assertFalse(Files.exists(pdf(slug)), slug);
        });
        assertEquals(REFUSED.size(), run.result().failedArticles(), run.stderr());
    }

    @Test
    void theOthersAndBothBookletsAreBuilt() {
        for (String slug : List.of("rest", "walk", "control", "stray")) {
            assertTrue(Files.isRegularFile(pdf(slug)), slug + "\n" + run.stderr());
        }
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.pdf")), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.epub")), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("report.json")));
        assertTrue(Files.isRegularFile(project.out().resolve(BuildManifest.FILE_NAME)), "a manifest is saved");
        String booklet = Pdfs.text(project.out().resolve("booklet.pdf"));
        assertTrue(booklet.contains("Rest well."), "the control characters' article is in the booklet, cleaned");
        assertFalse(booklet.contains("Private notes"));
    }

    @Test
    void controlCharactersAreWarnedAboutWhereTheyStoodAndTheTextKeepsTheRest() {
        List<String> warnings = run.stderrLines().stream().filter(l -> l.contains("articles/control.md:")).toList();
        assertEquals(ArticleReaderLimit.WARNINGS + 1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).matches(".*control\\.md:7:5: warning: control character U\\+0001 .*"), warnings.get(0));
        assertTrue(Pdfs.text(pdf("control")).contains("Rest well."), Pdfs.text(pdf("control")));
    }

    @Test
    void aStrayByteIsOneWarningAndTheRestOfTheFileStaysUtf8() {
        List<String> lines = run.stderrLines().stream().filter(l -> l.contains("articles/stray.md:")).toList();
        assertEquals(1, lines.size(), run.stderr());
        assertTrue(lines.get(0).contains("stray.md:5:21: warning: bytes that are not UTF-8"), lines.get(0));
        String text = Pdfs.text(pdf("stray"));
        assertTrue(text.contains("\u201Ctake it with food\u201D"), text);
        assertFalse(text.contains("\u00E2\u20AC"), "no mojibake: " + text);
    }

    /** How many control-character warnings one file gets before they are counted (see ArticleReader). */
    private static final class ArticleReaderLimit {
        static final int WARNINGS = 10;
    }
}
