package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handouts.article.BodyOutline;
import org.handouts.article.MarkdownBody;
import org.handouts.article.Picture;
import org.handouts.article.WrittenLink;
import org.handouts.diagnostics.SourcePosition;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged body is outlined from the last build; a changed one is parsed, and says what it says now. */
class KeptOutlinesTest {

    @TempDir
    Path temp;

    private static final String BODY = "See [the old page](gone.md).\n\n![A chair](images/chair.png)\n";

    @Test
    void anOutlineIsKeptForExactlyTheSameTextOnTheSameLine() {
        BodyOutline outline = MarkdownBody.parse(BODY, 5).outline();
        assertEquals(List.of(new Picture("images/chair.png", "A chair", new SourcePosition(7, 12))), outline.pictures());
        assertEquals(List.of(new WrittenLink("gone.md", new SourcePosition(5, 5))), outline.links());

        KeptOutlines first = KeptOutlines.load(temp);
        first.found("chair", BODY, 5, outline);
        first.save();

        KeptOutlines second = KeptOutlines.load(temp);
        assertEquals(Optional.of(outline), second.find("chair", BODY, 5));
        assertEquals(Optional.empty(), second.find("chair", BODY, 6), "the same text further down is elsewhere in the file");
        assertEquals(Optional.empty(), second.find("chair", BODY + "More.\n", 5));
        assertEquals(Optional.empty(), second.find("table", BODY, 5));
    }

    @Test
    void aDamagedFileMeansParsingEveryBody() throws IOException {
        KeptOutlines first = KeptOutlines.load(temp);
        first.found("chair", BODY, 5, MarkdownBody.parse(BODY, 5).outline());
        first.save();
        Path file = temp.resolve(KeptOutlines.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Optional.empty(), KeptOutlines.load(temp).find("chair", BODY, 5));
    }

    @Test
    void aBodyFromItsOutlineParsesToTheSameDocumentWhenAsked() {
        MarkdownBody parsed = MarkdownBody.parse(BODY, 5);
        MarkdownBody outlined = MarkdownBody.outlined(BODY, 5, parsed.outline());
        assertEquals(parsed.pictures(), outlined.pictures());
        assertEquals(parsed.links(), outlined.links());
        assertEquals(parsed.document().getChildChars().toString(), outlined.document().getChildChars().toString());
        assertEquals(parsed.tableLines(), outlined.tableLines());
    }

    @Test
    void aLinkToNoArticleIsWarnedAboutOnEveryBuildAtWhereItIsNow() {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("rest", "Resting well", "", "Rest when you feel tired.\n\nSee [the old page](gone.md).");
        project.simpleArticle("walk", "Walking", "", "Short walks help.");
        String warning = "articles/rest.md:9:5: warning: link 'gone.md' leads to no article of the library";

        FixtureProject.Run first = project.build(fast(project));
        assertTrue(first.stderr().contains(warning), first.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve(KeptOutlines.FILE_NAME)));

        FixtureProject.Run unchanged = project.build(fast(project));
        assertTrue(unchanged.stderr().contains(warning), "said again from the kept outline: " + unchanged.stderr());

        project.simpleArticle("walk", "Walking", "", "Short walks help a lot.");
        FixtureProject.Run otherEdited = project.build(fast(project));
        assertTrue(otherEdited.stderr().contains(warning), otherEdited.stderr());

        project.simpleArticle("rest", "Resting well", "", "Rest when you feel tired.\n\nNap early.\n\nSee [the old page](gone.md).");
        FixtureProject.Run moved = project.build(fast(project));
        assertTrue(moved.stderr().contains("articles/rest.md:11:5: warning: link 'gone.md' leads to no article"), moved.stderr());
        assertEquals(1, moved.stderrLines().stream().filter(l -> l.contains("leads to no article")).count(), moved.stderr());

        project.simpleArticle("rest", "Resting well", "", "Rest when you feel tired.");
        FixtureProject.Run fixed = project.build(fast(project));
        assertTrue(!fixed.stderr().contains("leads to no article"), fixed.stderr());
    }

    private static org.handouts.config.BuildOptions fast(FixtureProject project) {
        return project.options().withEpub(false).withBookletPdf(false);
    }
}
