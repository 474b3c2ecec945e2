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

    static Split split(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !isFence(lines[0], false)) {
            return new Missing();
        }
        for (int i = 1; i < lines.length; i++) {
            if (isFence(lines[i], true)) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new Found(new FrontMatter(yaml, body, i + 2));
            }
        }
        return new Unclosed();
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }
}
