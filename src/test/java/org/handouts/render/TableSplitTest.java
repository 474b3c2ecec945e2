package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How {@link WideTables} cuts a table: every column kept once, column 1 in every part, rows in order. */
class TableSplitTest {

    static Article article(String markdown) {
        return new Article(Path.of("a.md"), "a", "a", new SourcePosition(2, 5), "A", "About A.", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), java.util.Optional.empty(), org.handouts.article.MarkdownBody.parse(markdown, 6), "---\n---\n" + markdown);
    }

    static Document body(String markdown, List<Diagnostic> warnings) {
        return Jsoup.parseBodyFragment(new BodyBuilder().build(article(markdown), BodyImageResolver.NONE, warnings::add).xhtml());
    }

    static String table(int columns, String cell) {
        StringBuilder md = new StringBuilder("| Row |");
        for (int c = 1; c < columns; c++) {
            md.append(" Head").append(c).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(columns - 1)).append("\n| First |");
        for (int c = 1; c < columns; c++) {
            md.append(' ').append(cell).append(c).append(" |");
        }
        return md.append('\n').toString();
    }

    @Test
    void aWideTableBecomesPartsThatEachRepeatTheFirstColumn() {
        List<Diagnostic> warnings = new java.util.ArrayList<>();
        Document doc = body("Text\n\n" + table(30, "v"), warnings);
        List<Element> parts = doc.select("table");
        assertEquals(true, parts.size() > 1, doc.html());
        int seen = 0;
        for (Element part : parts) {
            assertEquals("Row", part.selectFirst("thead th").text());
            assertEquals("First", part.selectFirst("tbody td").text());
            assertEquals("col", part.selectFirst("thead th").attr("scope"));
            for (Element th : part.select("thead th").subList(1, part.select("thead th").size())) {
                assertEquals("Head" + (++seen), th.text());
            }
            int width = part.select("thead th").stream().mapToInt(th -> th.text().length() * 11 / 10 + 1 + 2).sum();
            assertEquals(true, width <= WideTables.ROW_CHARACTERS, part.outerHtml());
        }
        assertEquals(29, seen);
        assertEquals(List.of(), warnings);
        assertEquals("table-part table-continued", parts.get(1).className());
    }

    @Test
    void aTableThatFitsAndOneWithMergedCellsAreLeftAlone() {
        assertEquals(1, body(table(4, "v"), new java.util.ArrayList<>()).select("table").size());
        String merged = "<table><tr><th colspan=\"2\">" + "Wide ".repeat(40) + "</th></tr><tr><td>a</td><td>b</td></tr></table>";
        assertEquals(1, body(merged + "\n\n" , new java.util.ArrayList<>()).select("table").size());
    }

    @Test
    void columnsAreSharedOutEvenly() {
        int[] week = {9, 9, 10, 12, 11, 9, 11, 9};
        assertEquals(List.of(List.of(1, 2, 3, 4), List.of(5, 6, 7)), WideTables.parts(week));
    }

    @Test
    void aColumnTooWideEvenAloneIsNamedByItsTableLine() {
        List<Diagnostic> warnings = new java.util.ArrayList<>();
        body("Intro\n\n| A | B |\n|---|---|\n| x | y |\n\nMore\n\n| Name | Note |\n|---|---|\n| x | " + "y".repeat(80) + " |\n", warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(6 + 8, warnings.get(0).line(), warnings.toString());
    }
}
