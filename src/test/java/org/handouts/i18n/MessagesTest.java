package org.handouts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void englishAndSpanishAreCompleteAndTheOthersHaveTheHandoutWords() {
        assertEquals(Set.of(), Messages.of("en").missingKeys());
        assertEquals(Set.of(), Messages.of("es").missingKeys());
        Set<String> handoutKeys = Set.of("topics.label", "reviewed", "page.of", "related", "keep.in.mind", "online.qr.title",
                "online.qr.alt", "online.read", "online.how", "online.how.large", "online.link.title", "also.in", "also.in.title",
                "booklet.topics", "booklet.about", "booklet.contact", "booklet.phone", "epub.contents", "epub.cover");
        for (String lang : Messages.SHIPPED) {
            Set<String> missing = new java.util.TreeSet<>(Messages.of(lang).missingKeys());
            // The web edition's frame and download labels too: a page half in English is what a reader sees first.
            missing.removeIf(key -> !handoutKeys.contains(key) && !key.startsWith("site.") && !key.startsWith("layout.")
                    && !key.startsWith("embed."));
            assertEquals(Set.of(), missing, lang);
        }
    }

    @Test
    void everyMessageOfEveryBundleIsValidIcuSyntaxWithTheSameArgumentsAsEnglish() {
        Messages english = Messages.of("en");
        for (String lang : Messages.SHIPPED) {
            Messages messages = Messages.of(lang);
            for (String key : english.keys()) {
                String pattern = messages.pattern(key);
                MessageFormat format = new MessageFormat(pattern, messages.locale());
                assertEquals(new MessageFormat(english.pattern(key)).getArgumentNames(), format.getArgumentNames(), lang + " " + key);
                assertFalse(format.format(new Object[] {3, 7, "x"}).contains("{"), lang + " " + key);
            }
        }
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertTrue(Messages.of("en").format("epub.about.text", 1, "Clinic", "today").startsWith("This booklet collects 1 handout from"));
        assertTrue(Messages.of("en").format("epub.about.text", 2, "Clinic", "today").startsWith("This booklet collects 2 handouts from"));
        assertTrue(Messages.of("es").format("epub.about.text", 1, "C", "hoy").contains("1 hoja informativa de"));
        assertTrue(Messages.of("es").format("epub.about.text", 5, "C", "hoy").contains("5 hojas informativas de"));
        // Russian: 1 памятка, 3 памятки, 5 памяток, 21 памятка.
        assertTrue(Messages.of("ru").format("epub.about.text", 3, "C", "d").contains("3 памятки"));
        assertTrue(Messages.of("ru").format("epub.about.text", 5, "C", "d").contains("5 памяток"));
        assertTrue(Messages.of("ru").format("epub.about.text", 21, "C", "d").contains("21 памятка"));
        // Arabic has a dual.
        assertTrue(Messages.of("ar").format("epub.about.text", 2, "C", "d").contains("نشرتين"));
    }

    @Test
    void aLanguageWithoutABundleIsEnglishAndARegionalTagUsesItsLanguage() {
        assertFalse(Messages.hasBundle("sw"));
        assertEquals("Please keep in mind", Messages.of("sw").format("keep.in.mind"));
        assertTrue(Messages.hasBundle("es-MX"));
        assertEquals("Tenga en cuenta", Messages.of("es-MX").format("keep.in.mind"));
        assertEquals("请注意", Messages.of("zh-Hans").format("keep.in.mind"));
        assertEquals("Página 2 de 3", Messages.of("es").format("page.of", 2, 3));
    }

    @Test
    void languagesKnowTheirNamesAndDirection() {
        assertEquals("Español", Languages.ownName("es"));
        assertEquals("English", Languages.ownName("en"));
        assertEquals("العربية", Languages.ownName("ar"));
        assertEquals("rtl", Languages.direction("ar"));
        assertEquals("rtl", Languages.direction("he-IL"));
        assertEquals("ltr", Languages.direction("zh-Hans"));
        assertEquals("Spanish", Languages.englishName("es"));
    }
}
