package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handouts.article.Article;
import org.handouts.diagnostics.SourcePosition;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bold line that introduces a list ("Cons:") is kept on the page of its list. */
class LeadInParagraphTest {

    @TempDir
    Path temp;

    private static String xhtml(String markdown) {
        Article article = new Article(Path.of("articles/x.md"), "x", "x", SourcePosition.START, "X", "", List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), java.util.Optional.empty(), org.handouts.article.MarkdownBody.parse(markdown, 5), markdown);
        return new BodyBuilder().build(article, BodyImageResolver.NONE).xhtml();
    }

    @Test
    void aParagraphRightBeforeAListOrABoldLineRightBeforeATableIsALeadIn() {
        assertTrue(xhtml("**Cons:**\n\n- costly\n- tiring\n").contains("<p class=\"lead-in\"><strong>Cons:</strong></p>"));
        assertTrue(xhtml("Call your care team if:\n\n- a fever\n").contains("<p class=\"lead-in\">Call your care team if:</p>"));
        assertTrue(xhtml("**Cons:** some words\n\n- costly\n").contains("lead-in"), "any paragraph before a list");
        assertTrue(xhtml("__Doses__\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").contains("class=\"lead-in\""));
        assertFalse(xhtml("Some words before a table.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").contains("lead-in"),
                "before a table, only a bold line is a lead-in");
        assertFalse(xhtml("**Cons:**\n\nA paragraph.\n").contains("lead-in"), "no list after it");
    }

    /** The seed article in large print had "Cons:" alone at the foot of page 1 and its list on page 2. */
    @Test
    void theSeedArticlesConsStayWithTheirList() throws IOException {
        FixtureProject project = FixtureProject.create(temp)
                .config(FixtureProject.DEFAULT_CONFIG.replace("layouts: [handout]", "layouts: [large-print]"))
                .repoArticles("immunotherapy");
        FixtureProject.Run run = project.build(project.options().withBookletPdf(false).withEpub(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
        Path pdf = project.out().resolve("pdf/large-print/immunotherapy.pdf");
        int lead = pageOf(pdf, "Cons:");
        assertTrue(lead > 0, "the lead-in is in the PDF");
        assertEquals(lead, pageOf(pdf, "Can cause immune-related"), "the lead-in is on the page of its list");
    }

    private static int pageOf(Path pdf, String text) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(doc).contains(text)) {
                    return page;
                }
            }
        }
        return -1;
    }
}
