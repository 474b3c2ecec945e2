package org.handouts.check;

import org.handouts.article.MarkdownBody;

import org.handouts.diagnostics.Severity;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about tables without a header row. Screen readers announce each cell with its column
 * header; without one a table is a stream of unlabeled values. Catches Markdown tables whose
 * header row is missing or blank, and HTML tables with no {@code <th>}.
 */
public final class TableHeaderRule implements Rule {

    public static final String ID = "table-header";

    private static final Pattern HTML_TABLE = Pattern.compile("(?is)<table\\b.*?(</table\\s*>|\\z)");
    private static final Pattern HTML_TH = Pattern.compile("(?i)<th[\\s>]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        MarkdownBody doc = context.document();
        List<Finding> findings = new ArrayList<>();
        doc.walk(node -> {
            if (node instanceof TableBlock table) {
                if (!hasHeaderText(table)) {
                    findings.add(new Finding(doc.at(node), Severity.WARNING, ID,
                            "Table has no header row; give each column a short heading"));
                }
                return false;
            }
            if (node instanceof HtmlBlockBase) {
                Matcher table = HTML_TABLE.matcher(node.getChars());
                while (table.find()) {
                    if (!HTML_TH.matcher(table.group()).find()) {
                        findings.add(new Finding(doc.at(node.getStartOffset() + table.start()), Severity.WARNING, ID,
                                "HTML table has no <th> header cells; mark the header row with <th>"));
                    }
                }
                return false;
            }
            return true;
        });
        return findings;
    }

    /** Flexmark accepts a table that starts with its |---| line; its head is then empty. */
    private static boolean hasHeaderText(TableBlock table) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node cell : part.getDescendants()) {
                    if (cell instanceof TableCell && !InlineText.of(cell).text().isBlank()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
