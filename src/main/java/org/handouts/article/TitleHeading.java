package org.handouts.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first level-one heading ({@code # Title}, or {@code Title} underlined with {@code ===}) of a body, outside code blocks: the title of a page that has no
 * front matter, as MkDocs, GitHub and most wikis read it. It is taken out of the body so that the handout, which
 * prints the title itself, does not print it twice; its line is left empty so later positions stay right.
 */
final class TitleHeading {

    private TitleHeading() { }

    /**
     * @param title       the heading's text without its Markdown marks
     * @param atStart     whether only blank lines come before it
     * @param bodyWithout the body with the heading's line emptied
     */
    record Found(String title, boolean atStart, String bodyWithout) { }

    private static final Pattern HEADING = Pattern.compile(" {0,3}#[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT = Pattern.compile(" {0,3}=+[ \t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    static Optional<Found> find(String body) {
        String fence = null;
        boolean atStart = true;
        boolean previousBlank = true;
        for (int start = 0; start < body.length(); ) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String line = body.substring(start, end);
            Matcher opens = FENCE.matcher(line);
            if (fence != null) {
                if (closesFence(line, fence)) {
                    fence = null;
                }
            } else if (opens.matches()) {
                fence = opens.group(1);
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches() && !plain(heading.group(1)).isEmpty()) {
                    return Optional.of(new Found(plain(heading.group(1)), atStart,
                            body.substring(0, start) + body.substring(end)));
                }
                // "Title" underlined with "=====" (a setext heading), after a blank line or at the start.
                int next = end < body.length() ? body.indexOf('\n', end + 1) : -1;
                String underline = end < body.length() ? body.substring(end + 1, next < 0 ? body.length() : next) : "";
                if (!line.isBlank() && !line.startsWith("    ") && previousBlank && SETEXT.matcher(underline).matches()
                        && !plain(line).isEmpty()) {
                    return Optional.of(new Found(plain(line), atStart,
                            body.substring(0, start) + "\n" + body.substring(next < 0 ? body.length() : next)));
                }
            }
            atStart &= line.isBlank();
            previousBlank = line.isBlank() || fence != null;
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Whether {@code line} closes a code block opened by {@code fence} ({@code ```} or {@code ~~~}, at least as long). */
    static boolean closesFence(String line, String fence) {
        String text = line.strip();
        return text.startsWith(fence) && text.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** "Living with *tremor*" and "[Tremor](x.md)" read as plain words, as the title is printed and listed. */
    private static String plain(String markdown) {
        return markdown.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("(\\*{1,3}|_{1,3}|`+|~~)(\\S(?:.*?\\S)?)\\1", "$2")
                .replace("\\", "")
                .strip();
    }
}
