package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.handouts.images.KeptFile;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one build keeps for the next is used only while it is whole; leftovers of killed builds are cleaned. */
class KeptFilesBuildTest {

    @TempDir
    Path temp;

    private FixtureProject project;

    @BeforeEach
    void library() {
        project = FixtureProject.create(temp);
        project.writeBytes("articles/images/room.jpg", TestImages.jpeg(900, 600));
        project.simpleArticle("rest", "Resting well", "", "Rest when you feel tired.\n\n![A quiet bedroom](images/room.jpg)");
        project.simpleArticle("walk", "Walking", "", "Short walks help.");
    }

    private Path derivedPicture() throws IOException {
        try (Stream<Path> files = Files.walk(project.root().resolve(".cache/handouts/derived"))) {
            List<Path> pictures = files.filter(f -> f.toString().endsWith(".jpg")).toList();
            assertEquals(1, pictures.size(), pictures.toString());
            return pictures.get(0);
        }
    }

    @Test
    void aCutOffPreparedPictureIsPreparedAgainWithAndWithoutForce() throws IOException {
        FixtureProject.Run first = project.build();
        assertEquals(0, first.result().exitCode(), first.stderr());
        Path picture = derivedPicture();
        byte[] whole = Files.readAllBytes(picture);
        assertTrue(KeptFile.isIntact(picture));

        Files.write(picture, java.util.Arrays.copyOf(whole, whole.length / 2));
        FixtureProject.Run forced = project.build(project.options().withForce(true));
        assertEquals(0, forced.result().exitCode(), forced.stderr());
        assertArrayEquals(whole, Files.readAllBytes(derivedPicture()), "prepared again, not embedded cut off");

        // Without --force the PDF is up to date, but the booklets are remade (another article changed) from
        // the kept preparation, whose picture must be whole.
        Files.write(derivedPicture(), java.util.Arrays.copyOf(whole, whole.length / 2));
        project.simpleArticle("walk", "Walking", "", "Short walks help a lot.");
        FixtureProject.Run edited = project.build();
        assertEquals(0, edited.result().exitCode(), edited.stderr());
        assertArrayEquals(whole, Files.readAllBytes(derivedPicture()));

        // Offline as well: the picture is prepared again from the article's own file.
        Files.write(derivedPicture(), java.util.Arrays.copyOf(whole, whole.length / 3));
        FixtureProject.Run offline = project.build(project.options().withForce(true).withOffline(true));
        assertEquals(0, offline.result().exitCode(), offline.stderr());
        assertArrayEquals(whole, Files.readAllBytes(derivedPicture()));
    }

    @Test
    void partFilesOfAKilledBuildAreRemovedButFreshOnesOfARunningBuildAreNot() throws IOException {
        project.build();
        Path oldPdf = project.out().resolve("pdf/handout/.rest.pdf4417.part");
        Path oldPicture = project.root().resolve(".cache/handouts/derived/.ab12.jpg991.part");
        Path fresh = project.out().resolve(".booklet.epub123.part");
        Path notOurs = project.out().resolve("notes.part");
        for (Path file : List.of(oldPdf, oldPicture, fresh, notOurs)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "half a file");
        }
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
        for (Path file : List.of(oldPdf, oldPicture, notOurs)) {
            Files.setLastModifiedTime(file, twoHoursAgo);
        }
        project.build();
        assertFalse(Files.exists(oldPdf));
        assertFalse(Files.exists(oldPicture));
        assertTrue(Files.exists(fresh), "perhaps another build is writing it now");
        assertTrue(Files.exists(notOurs), "not a name our writes use");
    }

    @Test
    void aBadLimitIsAConfigurationError() {
        for (String limits : List.of("limits:\n  maxArticleKilobytes: 0\n", "limits: 5\n", "limits:\n  maxArticleKilobytes: lots\n")) {
            project.config(FixtureProject.DEFAULT_CONFIG + limits);
            FixtureProject.Run run = project.build();
            assertEquals(2, run.result().exitCode(), run.stderr());
            assertTrue(run.stderr().matches("(?s).*handouts\\.yml:1[345]:\\d+: error: 'limits.*"), run.stderr());
        }
    }
}
