package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Markdown of an {@code .mdx} file. MDX mixes Markdown with JavaScript: {@code import}/{@code export}
 * statements and JSX components ({@code <Chart data={x} />}) that only the site's JavaScript can draw. A
 * handout cannot run them, so they are left out, each with a warning at its place; the text between a
 * component's opening and closing tags is ordinary Markdown and stays. Lower-case tags are HTML and are
 * left for the sanitizer, code blocks and code spans are kept as written, and every line end is kept so
 * that positions in the rest of the file stay right.
 */
final class MdxContent {

    private MdxContent() { }

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern STATEMENT = Pattern.compile("(import|export)[\\s{*].*");

    /** The body without its MDX code; {@code firstLine} is the file line the body starts on. */
    static String strip(String body, int firstLine, Path file, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder(body.length());
        String fence = null;
        int line = firstLine;
        int lineStart = 0;
        int i = 0;
        while (i < body.length()) {
            if (i == lineStart) {
                int end = lineEnd(body, i);
                String text = body.substring(i, end);
                java.util.regex.Matcher opensFence = FENCE.matcher(text);
                if (fence != null || opensFence.matches()) {
                    if (fence == null) {
                        fence = opensFence.group(1);
                    } else if (TitleHeading.closesFence(text, fence)) {
                        fence = null;
                    }
                    out.append(body, i, Math.min(end + 1, body.length()));
                    i = lineStart = end + 1;
                    line++;
                    continue;
                }
                if (STATEMENT.matcher(text).matches()) {
                    int stop = statementEnd(body, i);
                    String kind = text.startsWith("import") ? "import" : "export";
                    diagnostics.add(Diagnostic.warning(file, line, 1, "MDX " + kind + " left out: '" + shorten(text)
                            + "' is code for the website, which a handout cannot run").withRule(Rules.MDX));
                    int lines = newlines(body, i, stop + 1);
                    out.append("\n".repeat(lines));
                    line += lines;
                    i = lineStart = stop + 1;
                    continue;
                }
            }
            char c = body.charAt(i);
            if (c == '\n') {
                out.append(c);
                line++;
                i = lineStart = i + 1;
            } else if (c == '`') {
                int run = run(body, i, '`');
                int close = body.indexOf("`".repeat(run), i + run);
                int copyTo = close < 0 || body.substring(i, close).contains("\n\n") ? i + run : close + run;
                line += newlines(body, i, copyTo);
                if (body.lastIndexOf('\n', copyTo - 1) >= i) {
                    lineStart = body.lastIndexOf('\n', copyTo - 1) + 1;
                }
                out.append(body, i, copyTo);
                i = copyTo;
            } else if (c == '{' && body.startsWith("{/*", i) && body.indexOf("*/}", i) > 0) {
                // An MDX comment: the author's note to themselves, never shown on the site either.
                int stop = body.indexOf("*/}", i) + 3;
                int lines = newlines(body, i, stop);
                out.append("\n".repeat(lines));
                if (lines > 0) {
                    line += lines;
                    lineStart = body.lastIndexOf('\n', stop - 1) + 1;
                }
                i = stop;
            } else if (c == '<' && isComponentTag(body, i)) {
                int stop = tagEnd(body, i);
                if (stop < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String tag = body.substring(i, stop + 1);
                if (!tag.startsWith("</")) {
                    String name = tag.substring(1).split("[\\s/>]", 2)[0];
                    String shown = name.isEmpty() ? "<>" : tag.endsWith("/>") ? "<" + name + " />" : "<" + name + ">";
                    diagnostics.add(Diagnostic.warning(file, line, i - lineStart + 1, "MDX component " + shown
                            + " left out: it is drawn by the website's code, which a handout cannot run"
                            + (tag.endsWith("/>") ? "" : " (the text inside it is kept)")).withRule(Rules.MDX));
                }
                int lines = newlines(body, i, stop + 1);
                out.append("\n".repeat(lines));
                if (lines > 0) {
                    line += lines;
                    lineStart = body.lastIndexOf('\n', stop) + 1;
                }
                i = stop + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code <Chart}, {@code </Chart>}, {@code <Foo.Bar} and the fragments {@code <>} and {@code </>}: JSX, not HTML. */
    private static boolean isComponentTag(String text, int at) {
        int next = at + 1;
        if (next < text.length() && text.charAt(next) == '/') {
            next++;
        }
        return next < text.length() && (Character.isUpperCase(text.charAt(next)) || text.charAt(next) == '>');
    }

    /** The index of the tag's closing {@code >}, skipping any inside quotes or {@code {...}} expressions; -1 if none. */
    private static int tagEnd(String text, int at) {
        int depth = 0;
        char quote = 0;
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i;
            } else if (c == '<' && depth <= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Where a statement starting at {@code at} ends: the end of the line on which its brackets are all closed. */
    private static int statementEnd(String text, int at) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == '\n' && depth <= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static int run(String text, int at, char c) {
        int end = at;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end - at;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String shorten(String line) {
        String text = line.strip();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
