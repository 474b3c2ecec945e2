package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code site.baseUrl} a handout printed alone has nowhere to send a link to another article: the
 * reader is told which handout to ask for instead, in the article's language, as the embed's line is.
 */
class HandoutWithoutSiteTest {

    @Test
    void aLinkToAnotherArticleNamesItsHandoutAndWordsFollowTheArticlesLanguage(@TempDir Path temp) {
        FixtureProject project = FixtureProject.create(temp)
                .simpleArticle("walking", "Moving more", "", "Walk a little each day.")
                .simpleArticle("rest", "Resting well", "", "Rest, and read [about walking](walking.md) too.")
                .simpleArticle("descanso", "Descansar bien", "lang: es\n",
                        "Lea [sobre caminar](walking.md).\n\n<iframe src=\"https://player.vimeo.com/video/12345\" title=\"Ejercicios suaves\"></iframe>");
        FixtureProject.Run run = project.build(project.options().withEpub(false).withBookletPdf(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
        String rest = Pdfs.text(project.out().resolve("pdf/handout/rest.pdf")).replaceAll("\\s+", " ");
        assertTrue(rest.contains("read about walking (see the handout 'Moving more') too."), rest);
        String descanso = Pdfs.text(project.out().resolve("pdf/handout/descanso.pdf")).replaceAll("\\s+", " ");
        assertTrue(descanso.contains("sobre caminar (vea la hoja 'Moving more')"), descanso);
        assertTrue(descanso.contains("Video: Ejercicios suaves — https://vimeo.com/12345"), descanso);
    }
}
