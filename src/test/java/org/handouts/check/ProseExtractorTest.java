package org.handouts.check;

import org.handouts.diagnostics.SourcePosition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseExtractorTest {

    @Test
    void splitsParagraphsIntoSentencesWithFilePositions() {
        String body = "Intro line one.\n\nFirst *sentence* here. Second\nsentence [with link](http://x) ends.\n";
        Prose prose = ProseExtractor.extract(body, 10);
        List<Sentence> sentences = prose.sentences();
        assertEquals(3, sentences.size());
        assertEquals("Intro line one.", sentences.get(0).text());
        assertEquals(new SourcePosition(10, 1), sentences.get(0).start());
        assertEquals("First sentence here.", sentences.get(1).text());
        assertEquals(new SourcePosition(12, 1), sentences.get(1).start());
        assertEquals("Second sentence with link ends.", sentences.get(2).text());
        assertEquals(new SourcePosition(12, 24), sentences.get(2).start());
        // Characters inside a sentence map back across the line break and the link syntax.
        Sentence second = sentences.get(2);
        assertEquals(new SourcePosition(13, 1), second.positionOf(second.text().indexOf("sentence")));
        assertEquals(new SourcePosition(13, 11), second.positionOf(second.text().indexOf("with")));
        assertEquals(2, prose.blocks().size());
    }

    @Test
    void listItemsAndTableCellsAreSentences() {
        String body = "- Fatigue\n- Nausea. Drink water\n\n| Drug | Use |\n|---|---|\n| Tamoxifen | Breast cancer |\n";
        Prose prose = ProseExtractor.extract(body, 1);
        assertEquals(List.of("Fatigue", "Nausea.", "Drink water", "Drug", "Use", "Tamoxifen", "Breast cancer"),
                prose.sentenceTexts());
        assertEquals(ProseBlock.Kind.LIST_ITEM, prose.blocks().get(0).kind());
        assertEquals(ProseBlock.Kind.TABLE_CELL, prose.blocks().get(2).kind());
        Sentence tamoxifen = prose.sentences().get(5);
        assertEquals(new SourcePosition(6, 3), tamoxifen.start());
    }

    @Test
    void headingsAreKeptApartAndCodeAndHtmlAreSkipped() {
        String body = "## Side effects\n\nText here.\n\n```\ncode. More code.\n```\n\n    indented code\n\n"
                + "<div>Raw html.</div>\n\n### Next steps\n";
        Prose prose = ProseExtractor.extract(body, 5);
        assertEquals(List.of("Text here."), prose.sentenceTexts());
        assertEquals(2, prose.headings().size());
        Heading first = prose.headings().get(0);
        assertEquals(2, first.level());
        assertEquals("Side effects", first.text().text());
        assertEquals(new SourcePosition(5, 1), first.start());
        assertEquals(new SourcePosition(5, 4), first.text().start());
        assertEquals(3, prose.headings().get(1).level());
        assertEquals(17, prose.headings().get(1).start().line());
    }

    @Test
    void dropsMarkdownSyntaxButKeepsWhatReadersSee() {
        Prose prose = ProseExtractor.extract("Use \\*only\\* the **blue** pill &amp; `water`. ![chart](c.png) Done.", 1);
        assertEquals(List.of("Use *only* the blue pill & water.", "Done."), prose.sentenceTexts());
        assertEquals(new SourcePosition(1, 63), prose.sentences().get(1).start());
    }

    @Test
    void nestedListsAndQuotesAreFound() {
        String body = "> Quoted advice. Second one.\n\n1. Step one\n   - Sub step\n";
        Prose prose = ProseExtractor.extract(body, 1);
        assertEquals(List.of("Quoted advice.", "Second one.", "Step one", "Sub step"), prose.sentenceTexts());
        assertEquals(ProseBlock.Kind.PARAGRAPH, prose.blocks().get(0).kind());
        assertEquals(new SourcePosition(4, 6), prose.sentences().get(3).start());
    }

    @Test
    void columnsCountCodePoints() {
        Prose prose = ProseExtractor.extract("\uD83D\uDE00 Smile. Then rest.", 1);
        assertEquals(new SourcePosition(1, 10), prose.sentences().get(1).start());
        assertTrue(prose.headings().isEmpty());
    }
}
