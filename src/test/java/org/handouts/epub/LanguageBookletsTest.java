package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.handouts.i18n.BilingualLibrary;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One EPUB per language, each valid and in its own language throughout. */
class LanguageBookletsTest {
    @TempDir
    static Path dir;
    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = BilingualLibrary.create(dir);
        FixtureProject.Run run = project.build(project.options().withBookletPdf(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    @Test
    void theSpanishBookletPassesEpubCheckAndIsSpanishEverywhere() throws IOException {
        Path epub = project.out().resolve("booklet.es.epub");
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(epub)));
        Map<String, String> files = texts(epub);
        assertTrue(files.get("EPUB/package.opf").contains("<dc:language>es</dc:language>"), files.get("EPUB/package.opf"));
        int pages = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().endsWith(".xhtml")) {
                pages++;
                List<String> langs = attributes(file.getValue(), "xml:lang");
                assertFalse(langs.isEmpty(), file.getKey());
                assertEquals(List.of(), langs.stream().filter(l -> !l.equals("es")).toList(), file.getKey());
            }
        }
        assertTrue(pages >= 5, "cover, title, topics, one chapter, about, nav: " + files.keySet());
        String all = String.join("\n", files.values());
        for (String english : List.of("Topics", "About this booklet", ">Contents<", "Please keep in mind", "Made on", "Washing Your Hands",
                "Every picture has", "Reflowable text", "Start of the handouts")) {
            assertFalse(all.contains(english), english);
        }
        for (String spanish : List.of("Temas", "Sobre este cuadernillo", "Índice", "Tenga en cuenta", "Vida diaria", "Lavarse las manos",
                "Texto adaptable")) {
            assertTrue(all.contains(spanish), spanish);
        }
    }

    @Test
    void theArabicBookletIsRightToLeftAndValid() throws IOException {
        Path epub = project.out().resolve("booklet.ar.epub");
        assertEquals(List.of(), EpubCheckRun.problems(EpubCheckRun.check(epub)));
        String chapter = texts(epub).get("EPUB/text/ar-ghasl-alyadayn.xhtml");
        assertTrue(chapter.contains("dir=\"rtl\"") && chapter.contains("xml:lang=\"ar\""), chapter);
    }

    @Test
    void eachLanguageIsABookOfItsOwn() throws IOException {
        String english = texts(project.out().resolve("booklet.epub")).get("EPUB/package.opf");
        String spanish = texts(project.out().resolve("booklet.es.epub")).get("EPUB/package.opf");
        assertFalse(attributes(english, "unique-identifier").isEmpty());
        assertFalse(identifier(english).equals(identifier(spanish)), "the same identifier for two books");
        assertTrue(english.contains("<dc:language>en</dc:language>"), english);
        String nav = texts(project.out().resolve("booklet.epub")).get("EPUB/nav.xhtml");
        assertTrue(nav.contains("Washing Your Hands") && !nav.contains("Lavarse"), nav);
    }

    private static String identifier(String opf) {
        Matcher m = Pattern.compile("<dc:identifier[^>]*>([^<]+)</dc:identifier>").matcher(opf);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> attributes(String xml, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static Map<String, String> texts(Path epub) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }
}
