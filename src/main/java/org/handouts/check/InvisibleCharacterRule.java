package org.handouts.check;

import org.handouts.article.MarkdownBody;

import org.handouts.article.InvisibleCharacters;
import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warns about characters a writer cannot see: control characters, zero-width spaces and joiners,
 * a byte-order mark after the start of the file, soft hyphens and bidirectional controls. They
 * usually arrive by copy-paste and break search, word counts, hyphenation and screen readers.
 * Scans the raw body, code included, because invisible characters are a problem anywhere.
 */
public final class InvisibleCharacterRule implements Rule {

    public static final String ID = "invisible-character";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        MarkdownBody doc = context.document();
        String text = doc.text();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isInvisible(cp) && !isAllowed(doc, text, i, cp)) {
                String name = Character.getName(cp);
                findings.add(new Finding(doc.at(i), Severity.WARNING, ID,
                        String.format(Locale.ROOT, "Invisible character U+%04X%s; remove it", cp,
                                name == null ? "" : " (" + name + ")")));
            }
            i += Character.charCount(cp);
        }
        return findings;
    }

    static boolean isInvisible(int cp) {
        return InvisibleCharacters.isInvisible(cp);
    }

    /** A BOM at the very start of the file, and a zero-width joiner inside an emoji sequence, are legitimate. */
    private static boolean isAllowed(MarkdownBody doc, String text, int i, int cp) {
        if (cp == 0xFEFF) {
            return i == 0 && doc.at(0).line() == 1;
        }
        if (cp == 0x200D && i > 0 && i + 1 < text.length()) {
            return isEmojiPart(text.codePointBefore(i)) && isEmojiPart(text.codePointAt(i + 1));
        }
        return false;
    }

    private static boolean isEmojiPart(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || cp == 0xFE0F;
    }
}
