package org.handouts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import org.handouts.json.Json;

/** Writes check results for people (findings, then one table) or for tools (JSON). */
public final class CheckReportFormatter {
    private CheckReportFormatter() { }

    private static final String[] HEADERS = {"article", "words", "sentences", "FK grade", "SMOG", "ease", "longest",
        "passive", "jargon", "verdict"};

    public static String text(List<CheckedArticle> results, double targetGrade) {
        StringBuilder out = new StringBuilder();
        for (CheckedArticle result : results) {
            for (Diagnostic d : result.findings()) {
                out.append(d.formatWithRule()).append('\n');
            }
        }
        if (!results.isEmpty()) {
            out.append('\n');
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        java.nio.file.Path base = commonFolder(results);
        for (CheckedArticle result : results) {
            // The path from the folder all articles share: a foldered library has many an 'index.md' and 'overview.md'.
            String name = base == null ? result.file().getFileName().toString()
                    : base.relativize(result.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
            rows.add(result.report().map(r -> new String[] {name, Integer.toString(r.words()), Integer.toString(r.sentences()),
                grade(r.fleschKincaidGrade(), targetGrade), grade(r.smogGrade(), targetGrade), one(r.readingEase()),
                r.longestSentenceWords() + " words", Integer.toString(r.passiveCount()), Integer.toString(r.jargonCount()),
                result.verdict()}).orElse(new String[] {name, "-", "-", "-", "-", "-", "-", "-", "-", result.verdict()}));
        }
        table(rows, out);
        long errors = results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        long ready = results.stream().filter(r -> r.verdict().equals("ready")).count();
        out.append(String.format(Locale.ROOT, "%n%d of %d articles ready; %d error%s, %d warning%s. Target: grade %s or lower (* = above).%n",
                ready, results.size(), errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", one(targetGrade)));
        return out.toString();
    }

    public static String json(List<CheckedArticle> results, double targetGrade) {
        List<Object> articles = new ArrayList<>();
        for (CheckedArticle result : results) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("file", Diagnostic.displayPath(result.file()));
            result.report().ifPresent(r -> {
                a.put("words", r.words());
                a.put("sentences", r.sentences());
                // Left out where the formula does not apply (JSON has no NaN).
                putIfNumber(a, "fleschKincaidGrade", r.fleschKincaidGrade());
                putIfNumber(a, "smogGrade", r.smogGrade());
                putIfNumber(a, "fleschReadingEase", r.readingEase());
                a.put("longestSentenceWords", r.longestSentenceWords());
                a.put("passiveVoice", r.passiveCount());
                a.put("jargon", r.jargonCount());
            });
            a.put("verdict", result.verdict());
            List<Object> findings = new ArrayList<>();
            for (Diagnostic d : result.findings()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("line", d.line());
                f.put("column", d.column());
                f.put("severity", d.severity().label());
                f.put("rule", d.rule());
                f.put("message", d.message());
                findings.add(f);
            }
            a.put("findings", findings);
            articles.add(a);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("targetGrade", targetGrade);
        root.put("articles", articles);
        return Json.write(root);
    }

    private static void putIfNumber(Map<String, Object> map, String key, double value) {
        if (!Double.isNaN(value)) {
            map.put(key, value);
        }
    }

    private static String grade(double value, double target) {
        return one(value) + (value > target ? "*" : "");
    }

    /** One decimal; "-" where a formula does not apply (an article in a language it was not made for). */
    private static String one(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void table(List<String[]> rows, StringBuilder out) {
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i > 0 && i < row.length - 1;
                String cell = numeric ? " ".repeat(widths[i] - row[i].length()) + row[i] : row[i] + " ".repeat(widths[i] - row[i].length());
                line.append(cell).append(i < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                out.append("-".repeat(total - 2)).append('\n');
            }
        }
    }

    /** The deepest folder holding every checked file, or null when there is none (files on different roots). */
    private static java.nio.file.Path commonFolder(List<CheckedArticle> results) {
        java.nio.file.Path common = null;
        for (CheckedArticle result : results) {
            java.nio.file.Path folder = result.file().toAbsolutePath().normalize().getParent();
            if (common == null) {
                common = folder;
            }
            while (common != null && folder != null && !folder.startsWith(common)) {
                common = common.getParent();
            }
            if (folder == null || common == null) {
                return null;
            }
        }
        return common;
    }
}
