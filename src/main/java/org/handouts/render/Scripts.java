package org.handouts.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.Locale;

/**
 * What the renderer needs for scripts other than Latin: ICU's bidi algorithm (a run of Arabic or Hebrew is
 * split out, reordered for the page and Arabic letters shaped into their joined forms) for every document,
 * since one Arabic word can appear in an English handout; and ICU line breaking (Chinese and Japanese break
 * between characters but never before 。or ，; Thai between words) where such text appears. The JDK's line
 * breaker stays for the rest, so Latin-script handouts keep their line breaks.
 */
final class Scripts {
    private Scripts() { }

    static void configure(PdfRendererBuilder builder, String xhtml) {
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(TextDirection.LTR);
        if (needsDictionaryBreaking(xhtml)) {
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
        }
    }

    /** Whether the text has characters of scripts written without spaces between words. */
    static boolean needsDictionaryBreaking(String text) {
        return text.codePoints().anyMatch(Scripts::isWithoutSpaces);
    }

    private static boolean isWithoutSpaces(int c) {
        Character.UnicodeScript script;
        if (c < 0x0E00) {
            return false;
        }
        script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> c >= 0x3000 && c <= 0x303F; // CJK punctuation
        };
    }
}
