package org.handouts.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Tables too wide for the page, broken into tables of fewer columns that each repeat the first one (the
 * row labels). The renderer does not shrink a table below its longest words: it let the right-hand columns
 * run off the page, so a weekly schedule in large print stopped at Thursday without a word.
 *
 * <p>The prepared body is shared by every layout, so the width is judged for the narrowest column of text
 * any shipped layout has: large print, 18pt table text on A4 (170 mm, 482pt), where an average letter is about
 * half an em wide: about {@value #ROW_CHARACTERS} characters across. A column needs at least its longest word
 * plus its padding (the renderer wraps the rest); words are counted, not measured, and a bold header counts a
 * tenth wider. Layouts with more room get the same parts: the body is prepared once for all of them.
 */
final class WideTables {

    /** Average characters (padding included) a table row holds across the narrowest layout's text column. */
    static final int ROW_CHARACTERS = 52;
    /** What each column's padding and borders take, in average characters. */
    private static final int COLUMN_PADDING = 2;


    private WideTables() { }

    /**
     * Splits every table of {@code body} that needs it. {@code tooWide} hears the position (0-based, in
     * document order) of each table that still does not fit even two columns at a time.
     */
    static void split(Element body, IntConsumer tooWide) {
        Elements tables = body.select("table");
        for (int index = 0; index < tables.size(); index++) {
            Element table = tables.get(index);
            if (!table.select("table table").isEmpty() || !table.select("[colspan], [rowspan]").isEmpty()) {
                continue; // only plain grids can be cut by column
            }
            List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
            int columns = rows.stream().mapToInt(tr -> tr.children().size()).max().orElse(0);
            if (columns < 2) {
                continue;
            }
            int[] widths = widths(rows, columns);
            List<List<Integer>> parts = parts(widths);
            if (parts.stream().anyMatch(part -> part.size() == 1 && widths[0] + widths[part.get(0)] > ROW_CHARACTERS)) {
                tooWide.accept(index);
            }
            if (parts.size() > 1) {
                replace(table, parts);
            }
        }
    }

    /** Each column's least width: its longest word, plus padding. */
    private static int[] widths(List<Element> rows, int columns) {
        int[] widths = new int[columns];
        for (Element row : rows) {
            for (int c = 0; c < row.children().size(); c++) {
                Element cell = row.child(c);
                int longest = 0;
                for (String word : cell.text().split("\\s+")) {
                    longest = Math.max(longest, word.codePointCount(0, word.length()));
                }
                if (cell.is("th") || !cell.select("strong, b").isEmpty()) {
                    longest = (longest * 11 + 9) / 10;
                }
                widths[c] = Math.max(widths[c], Math.max(longest, 1) + COLUMN_PADDING);
            }
        }
        return widths;
    }

    /**
     * Columns 2..n in groups that each fit beside column 1: as few groups as the widths allow, with the columns
     * shared out evenly among them when that fits too (4 + 3 days rather than 6 + 1).
     */
    static List<List<Integer>> parts(int[] widths) {
        List<List<Integer>> greedy = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int used = widths[0];
        for (int c = 1; c < widths.length; c++) {
            if (!current.isEmpty() && used + widths[c] > ROW_CHARACTERS) {
                greedy.add(current);
                current = new ArrayList<>();
                used = widths[0];
            }
            current.add(c);
            used += widths[c];
        }
        greedy.add(current);
        if (greedy.size() == 1) {
            return greedy;
        }
        List<List<Integer>> even = new ArrayList<>();
        int others = widths.length - 1;
        int count = greedy.size();
        int next = 1;
        for (int part = 0; part < count; part++) {
            int size = others / count + (part < others % count ? 1 : 0);
            List<Integer> columns = new ArrayList<>();
            int width = widths[0];
            for (int i = 0; i < size; i++, next++) {
                columns.add(next);
                width += widths[next];
            }
            if (width > ROW_CHARACTERS && columns.size() > 1) {
                return greedy;
            }
            even.add(columns);
        }
        return even;
    }

    /** The table, once per part: column 1 and that part's columns, every row, in order. */
    private static void replace(Element table, List<List<Integer>> parts) {
        Element last = table;
        for (int p = 0; p < parts.size(); p++) {
            Element copy = table.clone();
            List<Integer> keep = new ArrayList<>(List.of(0));
            keep.addAll(parts.get(p));
            for (Element row : copy.select("tr")) {
                List<Element> cells = new ArrayList<>(row.children());
                for (int c = cells.size() - 1; c >= 0; c--) {
                    if (!keep.contains(c)) {
                        cells.get(c).remove();
                    }
                }
            }
            copy.addClass("table-part");
            if (p > 0) {
                copy.addClass("table-continued");
                copy.select("caption").remove();
                copy.removeAttr("id");
            }
            last.after(copy);
            last = copy;
        }
        table.remove();
    }
}
