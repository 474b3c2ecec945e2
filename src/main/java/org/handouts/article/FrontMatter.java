package org.handouts.article;

/**
 * Splits a Markdown file into its YAML front matter and body. The front matter is the block between a
 * first line {@code ---} and the next line that is {@code ---} (or {@code ...}, as YAML allows).
 */
record FrontMatter(String yaml, String body, int bodyStartLine) {

    sealed interface Split permits Found, Missing, Unclosed { }

    record Found(FrontMatter frontMatter) implements Split { }

    record Missing() implements Split { }

    record Unclosed() implements Split { }

    /** Walks the text line by line with indexOf: splitting every file into an array of lines and joining them again showed in profiles. */
    static Split split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd), false)) {
            return new Missing();
        }
        int yamlStart = firstEnd + 1;
        for (int start = yamlStart, line = 2; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (isFence(text.substring(start, end), true)) {
                String yaml = start == yamlStart ? "" : text.substring(yamlStart, start - 1);
                String body = end < text.length() ? text.substring(end + 1) : "";
                return new Found(new FrontMatter(yaml, body, line + 1));
            }
            start = end + 1;
        }
        return new Unclosed();
    }

    /** Where the line starting at {@code start} ends: its '\n', or the end of the text. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }
}
