package org.handouts.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 and saved again ("bodyâ€™s" for "body’s").
 *
 * <p>Why this is safe for genuine accents: a repair happens only where a run of characters, turned back
 * into Windows-1252 bytes, forms a complete, valid multi-byte UTF-8 sequence. A real "é" is the single
 * byte E9, which is never valid UTF-8 on its own, so "café", "niño", "Müller", "garçon", "Straße" are
 * never touched. Two-byte mojibake such as "Ã©" (for é) is repaired, since that is what it almost always is.
 */
public final class MojibakeRepair {

    /** One repaired place: 1-based line and column in the original text, and what changed. */
    public record Repair(int line, int column, String original, String replacement) { }

    public record Result(String text, List<Repair> repairs) {
        public boolean changed() {
            return !repairs.isEmpty();
        }
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private MojibakeRepair() { }

    public static Result repair(String text) {
        List<Repair> repairs = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int consumed = tryDecodeSequenceAt(text, i, out);
            if (consumed > 0) {
                String original = text.substring(i, i + consumed);
                String replacement = out.substring(out.length() - lengthOfLastCodePoint(out));
                repairs.add(new Repair(line, column, original, replacement));
                i += consumed;
                column += consumed;
                continue;
            }
            out.append(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i++;
        }
        return new Result(out.toString(), List.copyOf(repairs));
    }

    /**
     * If the characters at {@code start} are the Windows-1252 spelling of one UTF-8 multi-byte sequence,
     * appends the decoded code point to {@code out} and returns how many characters it replaced; else 0.
     */
    private static int tryDecodeSequenceAt(String text, int start, StringBuilder out) {
        int lead = cp1252Byte(text.charAt(start));
        int length;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
        } else {
            return 0;
        }
        if (start + length > text.length()) {
            return 0;
        }
        byte[] bytes = new byte[length];
        bytes[0] = (byte) lead;
        for (int k = 1; k < length; k++) {
            int b = cp1252Byte(text.charAt(start + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            bytes[k] = (byte) b;
        }
        String decoded = strictUtf8(bytes);
        if (decoded == null) {
            return 0;
        }
        out.append(decoded);
        return length;
    }

    /** The byte Windows-1252 would have written for this character, or -1 if it has none. */
    private static int cp1252Byte(char c) {
        if (c < 0x80) {
            return c;
        }
        // The five bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) survive mis-decoding as C1 controls.
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
            return c;
        }
        byte[] encoded = String.valueOf(c).getBytes(CP1252);
        if (encoded.length != 1 || (encoded[0] == '?' && c != '?')) {
            return -1;
        }
        return encoded[0] & 0xFF;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int lengthOfLastCodePoint(StringBuilder out) {
        return Character.isLowSurrogate(out.charAt(out.length() - 1)) ? 2 : 1;
    }
}
