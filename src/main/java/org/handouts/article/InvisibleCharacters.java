package org.handouts.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one definition of characters a writer cannot see, shared by the reader (which removes those XML
 * cannot carry) and by the {@code invisible-character} check (which warns about the rest).
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() { }

    /** Control characters, zero-width spaces and joiners, soft hyphens, bidirectional controls, a BOM. */
    public static boolean isInvisible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return Character.getType(cp) == Character.CONTROL // C0 and C1 controls
                || cp == 0x00AD // soft hyphen
                || cp == 0x061C // Arabic letter mark
                || cp == 0x180E // Mongolian vowel separator
                || cp >= 0x200B && cp <= 0x200F // zero-width space/non-joiner/joiner, LRM, RLM
                || cp >= 0x202A && cp <= 0x202E // bidi embeddings and overrides
                || cp >= 0x2060 && cp <= 0x2064 // word joiner, invisible operators
                || cp >= 0x2066 && cp <= 0x2069 // bidi isolates
                || cp == 0xFEFF // byte-order mark / zero-width no-break space
                || isForbiddenInXml(cp);
    }

    /**
     * Characters an XML 1.0 document cannot contain at all (C0 controls but tab and line ends, lone
     * surrogates, U+FFFE, U+FFFF). One of them makes the XHTML of a handout, the printed booklet and the
     * EPUB unreadable for every article in them, so the reader removes them.
     */
    public static boolean isForbiddenInXml(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return cp < 0x20
                || cp >= 0xD800 && cp <= 0xDFFF
                || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** Text with every {@link #isForbiddenInXml} character taken out, and where each one was (1-based). */
    public record Stripped(String text, List<Removed> removed) { }

    public record Removed(int line, int column, int codePoint) {
        public String describe() {
            String name = Character.isValidCodePoint(codePoint) ? Character.getName(codePoint) : null;
            return String.format(Locale.ROOT, "U+%04X%s", codePoint, name == null ? "" : " (" + name + ")");
        }
    }

    /** Lines are counted on {@code \n}: the reader calls this after line ends are made uniform. */
    public static Stripped stripForbiddenInXml(String text) {
        StringBuilder out = null;
        List<Removed> removed = new ArrayList<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            if (isForbiddenInXml(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed.add(new Removed(line, column, cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += size;
        }
        return new Stripped(out == null ? text : out.toString(), List.copyOf(removed));
    }
}
