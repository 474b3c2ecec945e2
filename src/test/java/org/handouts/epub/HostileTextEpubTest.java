package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characters XML cannot carry and stray bytes in an article leave a booklet EPUBCheck passes (no RSC-016). */
class HostileTextEpubTest {

    @Test
    void controlCharactersAndAStrayByteGiveAValidBook(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("rest", "Resting well", "", "Rest when you feel tired.");
        project.simpleArticle("control", "Control\u0007 characters", "",
                "Rest\u0001 \u0002\u0003\u0004\u0005\u0006\u0007\u0008 well\u000B\u000C\u001B\uFFFE\uFFFF.\n\n| a\u0001 | b |\n|---|---|\n| \u001B | x |");
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        stray.writeBytes("---\ntitle: Stray byte\nid: stray\n---\nTake it with food ".getBytes(StandardCharsets.UTF_8));
        stray.write(0xFF);
        stray.write(0xC3);
        stray.writeBytes(" now.\n".getBytes(StandardCharsets.UTF_8));
        project.writeBytes("articles/stray.md", stray.toByteArray());
        FixtureProject.Run run = project.build(project.options().withBookletPdf(false)
                .withSourceDate(Instant.parse("2026-03-01T09:30:00Z")));
        assertEquals(0, run.result().exitCode(), run.stderr());
        List<EpubCheckRun.Finding> findings = EpubCheckRun.check(project.out().resolve("booklet.epub"));
        assertEquals(List.of(), EpubCheckRun.problems(findings), "EPUBCheck findings");
    }
}
