package org.handouts.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;

/** Facts about a language tag: its name in its own words, and which way it is written. */
public final class Languages {
    private Languages() { }

    /** Languages written right to left (by their usual script). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug");

    /** The language's primary subtag, lower case: {@code es} for {@code es-MX}. */
    public static String primary(String tag) {
        return tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    public static boolean isRightToLeft(String tag) {
        return RIGHT_TO_LEFT.contains(primary(tag)) || tag.matches("(?i).*-(Arab|Hebr|Thaa|Syrc)(-.*)?");
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public static String direction(String tag) {
        return isRightToLeft(tag) ? "rtl" : "ltr";
    }

    /** The language's name as its own speakers write it, capitalised where the script has capitals: "Español". */
    public static String ownName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        if (name.isBlank() || name.equalsIgnoreCase(tag)) {
            return tag;
        }
        return UCharacter.toTitleCase(locale, name.substring(0, name.offsetByCodePoints(0, 1)), null) + name.substring(name.offsetByCodePoints(0, 1));
    }

    /** The language's name in English, for messages to staff: "Spanish". */
    public static String englishName(String tag) {
        String name = ULocale.forLanguageTag(tag).getDisplayLanguage(ULocale.ENGLISH);
        return name.isBlank() ? tag : name;
    }
}
