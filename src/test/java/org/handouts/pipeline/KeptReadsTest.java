package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handouts.article.Article;
import org.handouts.article.KnownOutlines;
import org.handouts.article.KnownReads;
import org.handouts.article.Library;
import org.handouts.article.ReaderSettings;
import org.handouts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged file is read back from the last build, the same to the letter; a changed one is read again. */
class KeptReadsTest {

    @TempDir
    Path temp;

    private static final ReaderSettings SETTINGS = ReaderSettings.defaults();

    private Path library() throws IOException {
        Path articles = Files.createDirectories(temp.resolve("articles/es"));
        Files.writeString(temp.resolve("articles/rest.md"), """
                ---
                title: "Rest"
                tags: [tiredness, sleep]
                heroImage: images/bed.jpg
                heroAlt: "A made bed"
                reviewed: 2026-05-01
                ---

                Your bodyâ€™s way of asking for rest. See [water](water.md) and ![a chair](images/chair.png).
                """);
        Files.writeString(temp.resolve("articles/water.md"), "# Water\n\nDrink water through the day.\n");
        Files.writeString(articles.resolve("descanso.md"), "---\ntitle: Descanso\ntranslationOf: rest\nunknownKey: 1\n---\n\nDescanse.\n");
        Files.writeString(temp.resolve("articles/broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
        return temp.resolve("articles");
    }

    /** A first build's read, kept. */
    private static void keepOnce(Path folder, Path out) throws IOException {
        KeptReads first = KeptReads.load(out, folder, SETTINGS);
        read(folder, first);
        first.save();
    }

    private static Library read(Path folder, KnownReads reads) throws IOException {
        return Library.read(folder, Library.listMarkdown(folder), SETTINGS, KnownOutlines.NONE, reads);
    }

    @Test
    void aSecondReadOfAnUnchangedLibraryComesFromTheKeptReadsAndIsTheSame() throws IOException {
        Path folder = library();
        Path out = temp.resolve("out");
        Library fresh = read(folder, KnownReads.NONE);
        keepOnce(folder, out);

        KeptReads second = KeptReads.load(out, folder, SETTINGS);
        for (Path file : Library.listMarkdown(folder)) {
            assertTrue(second.find(file, Files.readAllBytes(file)).isPresent(), "kept: " + file);
        }
        Library kept = read(folder, second);
        assertEquals(summary(fresh), summary(kept));
        assertEquals(fresh.failed(), kept.failed());
        assertEquals(fresh.diagnostics().stream().map(Diagnostic::format).toList(), kept.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(kept.diagnostics().stream().anyMatch(d -> d.format().contains("rest.md:9:")), "the repair warning, at its line");

        // A build that found everything kept keeps it all again, for the build after it.
        second.save();
        KeptReads third = KeptReads.load(out, folder, SETTINGS);
        for (Path file : Library.listMarkdown(folder)) {
            assertTrue(third.find(file, Files.readAllBytes(file)).isPresent(), "still kept: " + file);
        }
    }

    @Test
    void aChangedFileIsReadAgainAndSaysWhatItSaysNow() throws IOException {
        Path folder = library();
        Path out = temp.resolve("out");
        keepOnce(folder, out);
        Path water = folder.resolve("water.md");
        Files.writeString(water, "# Water\n\nDrink water often.\n");

        KeptReads second = KeptReads.load(out, folder, SETTINGS);
        assertTrue(second.find(water, Files.readAllBytes(water)).isEmpty());
        Library library = read(folder, second);
        assertTrue(library.articles().stream().anyMatch(a -> a.body().contains("Drink water often.")));
    }

    @Test
    void otherSettingsOrADamagedFileMeanReadingEveryFile() throws IOException {
        Path folder = library();
        Path out = temp.resolve("out");
        keepOnce(folder, out);
        Path rest = folder.resolve("rest.md");
        byte[] bytes = Files.readAllBytes(rest);
        assertTrue(KeptReads.load(out, folder, new ReaderSettings(SETTINGS.maxKilobytes(), false, "en")).find(rest, bytes).isEmpty());
        assertTrue(KeptReads.load(out, folder, new ReaderSettings(SETTINGS.maxKilobytes(), true, "es")).find(rest, bytes).isEmpty());
        Path kept = out.resolve(KeptReads.FILE_NAME);
        byte[] keptBytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(keptBytes, keptBytes.length - 7));
        assertTrue(KeptReads.load(out, folder, SETTINGS).find(rest, bytes).isEmpty());
    }

    private static List<String> summary(Library library) {
        return library.articles().stream().map(KeptReadsTest::summary).toList();
    }

    private static String summary(Article a) {
        return String.join(" | ", a.file().toString(), a.slug(), a.id(), a.idAt().toString(), a.title(), a.description(), a.tags().toString(),
                a.hero().toString(), a.lang().toString(), a.reviewed().toString(), a.url().toString(), a.translationOf().toString(),
                a.body(), Integer.toString(a.bodyStartLine()), a.markdown().outline().toString(), new String(a.source().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
