package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handouts.images.ImageFormat;
import org.handouts.images.PreparedImage;
import org.handouts.render.ArticleBody;
import org.handouts.render.Heading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedArticlesTest {

    @TempDir
    Path out;

    private PreparedArticles.Entry entry(Path picture) {
        // Longer than writeUTF's 64 KB limit, with text outside Latin-1.
        String body = "<p>Café – “quoted” ✓</p>".repeat(4000);
        return new PreparedArticles.Entry(new ArticleBody(body, List.of(new Heading(2, "what-to-expect", "What to expect"))),
                Optional.of(new PreparedImage(picture, ImageFormat.JPEG, 1600, 1067)), List.of(picture));
    }

    @Test
    void keepsAnEntryUnderItsKeyAndGivesItBackWhole() throws Exception {
        Path picture = keptPicture();
        PreparedArticles kept = new PreparedArticles(out);
        kept.save("sleep", "key-1", entry(picture));

        PreparedArticles.Entry back = new PreparedArticles(out).load("sleep", "key-1").orElseThrow();
        assertEquals(entry(picture).body(), back.body());
        assertEquals(entry(picture).hero().get().file().toAbsolutePath(), back.hero().get().file());
        assertEquals(1067, back.hero().get().height());
        assertEquals(List.of(picture.toAbsolutePath()), back.pictures());
    }

    @Test
    void anOtherKeyAMissingPictureOrADamagedFileMeansPrepareAgain() throws Exception {
        Path picture = keptPicture();
        PreparedArticles kept = new PreparedArticles(out);
        kept.save("sleep", "key-1", entry(picture));
        assertTrue(kept.load("sleep", "key-2").isEmpty(), "inputs changed");
        assertTrue(kept.load("pain", "key-1").isEmpty(), "never kept");

        Files.delete(picture);
        assertTrue(kept.load("sleep", "key-1").isEmpty(), "its picture left the image cache");

        keptPicture();
        kept.save("sleep", "key-1", entry(picture));
        assertTrue(kept.load("sleep", "key-1").isPresent());
        Files.writeString(picture, "jp");
        assertTrue(kept.load("sleep", "key-1").isEmpty(), "its picture no longer matches its checksum");

        keptPicture();
        kept.save("sleep", "key-1", entry(picture));
        Path file = out.resolve(PreparedArticles.FOLDER).resolve("sleep.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(kept.load("sleep", "key-1").isEmpty(), "a cut-off file");
    }

    /** A prepared picture as the image cache keeps it, with its checksum. */
    private Path keptPicture() throws java.io.IOException {
        Path picture = out.resolve("hero.jpg");
        org.handouts.images.KeptFile.write(picture, "jpeg".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return picture;
    }
}
