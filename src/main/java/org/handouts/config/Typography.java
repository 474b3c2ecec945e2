package org.handouts.config;

/**
 * Typographic quotes, apostrophes, dashes and ellipses for the text written in {@code handouts.yml} (the
 * disclaimer), the same marks the articles' Markdown gets, so the closing box does not print straight
 * quotes under a body set with curly ones.
 */
final class Typography {

    private Typography() { }

    static String smarten(String text) {
        String dashed = text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026");
        StringBuilder out = new StringBuilder(dashed.length());
        for (int i = 0; i < dashed.length(); i++) {
            char c = dashed.charAt(i);
            char before = i == 0 ? ' ' : dashed.charAt(i - 1);
            boolean opens = Character.isWhitespace(before) || "([{\u2014\u2013".indexOf(before) >= 0;
            if (c == '"') {
                out.append(opens ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                // Between letters it is an apostrophe (don't, person's), which is the closing mark.
                out.append(opens ? '\u2018' : '\u2019');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
