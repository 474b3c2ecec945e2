package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article under a hero starts on page 1, in every layout, however long its body. The closing box keeps
 * with the block before it; when that block was the whole body (wrapped in one div), a body that did not
 * fit beside the hero and the closing box went to page 2 whole, and page 1 held the hero alone. The body
 * grows one paragraph at a time, so the closing box crosses the page end somewhere in the series.
 */
class HeroPageTest {

    private static final int LONGEST = 14;

    @Test
    void theBodyStartsUnderTheHeroWhateverItsLength(@TempDir Path temp) throws IOException {
        FixtureProject project = FixtureProject.create(temp).writeBytes("articles/images/hero.png",
                Files.readAllBytes(FixtureProject.REPO.resolve("src/main/resources/org/handouts/init/articles/images/winding-path.png")));
        for (int n = 0; n <= LONGEST; n++) {
            project.article("visit-" + n + ".md", """
                    ---
                    title: "Getting ready for your first visit"
                    description: "What to bring and what to expect at your first appointment."
                    heroImage: "images/hero.png"
                    heroAlt: "A winding path in the hills"
                    ---

                    Your first visit is a time to meet your care team and ask questions.

                    ## What to bring

                    - A list of your medicines
                    - Your insurance card

                    """ + "Bring a friend or family member if you like; they can take notes for you.\n\n".repeat(n) + """
                    <iframe src="https://www.youtube.com/embed/abc123XYZ" title="A tour of our clinic"></iframe>
                    """);
        }
        FixtureProject.Run run = project.build(project.options().withEpub(false).withBookletPdf(false)
                .withLayouts(List.of("handout", "large-print")));
        assertEquals(0, run.result().exitCode(), run.stderr());
        List<String> heroAlone = new ArrayList<>();
        for (String layout : List.of("handout", "large-print")) {
            for (int n = 0; n <= LONGEST; n++) {
                try (PDDocument doc = Pdfs.open(project.out().resolve("pdf/" + layout + "/visit-" + n + ".pdf"))) {
                    PDFTextStripper first = new PDFTextStripper();
                    first.setStartPage(1);
                    first.setEndPage(1);
                    if (!first.getText(doc).contains("Your first visit is a time")) {
                        heroAlone.add(layout + "/visit-" + n);
                    }
                }
            }
        }
        assertEquals(List.of(), heroAlone, "page 1 holds the hero but no body text");
    }
}
