package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two articles whose chapter files differ but whose resource ids would be the same each keep their chapter. */
class EpubResourceIdsTest {

    @Test
    void chaptersWhoseIdsWouldCollideGetIdsOfTheirOwnAndTheBookletStaysValid(@TempDir Path temp) throws Exception {
        // "a.b" and "a-b" make the chapter files a.b.xhtml and a-b.xhtml, and both the id "ch-a-b".
        FixtureProject project = FixtureProject.create(temp)
                .simpleArticle("a.b", "Dots", "", "Rest when you feel tired.")
                .simpleArticle("a-b", "Dashes", "", "Drink water through the day.");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        Path epub = project.out().resolve("booklet.epub");
        assertEquals(java.util.List.of(), EpubCheckRun.problems(EpubCheckRun.check(epub)), "EPUBCheck findings");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String opf = new String(zip.getInputStream(zip.stream().filter(e -> e.getName().endsWith(".opf")).findFirst().orElseThrow()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(opf.contains("id=\"ch-a-b\""), opf);
            assertTrue(opf.contains("id=\"ch-a-b-2\""), opf);
        }
    }
}
