package org.handouts.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Medical terms with plain-language alternatives, matched case-insensitively on word boundaries,
 * including simple inflections ("metastasis"/"metastases", "biopsy"/"biopsies").
 */
public final class JargonDictionary {

    /** One term, as written in the data file. */
    public record Entry(String term, String alternative) {
    }

    /** A term found in a sentence: characters {@code [start, end)} of the sentence text. */
    public record Match(Sentence sentence, int start, int end, Entry entry) {

        public String matchedText() {
            return sentence.text().substring(start, end);
        }
    }

    private static final JargonDictionary STANDARD = load("jargon.tsv");

    private final Map<String, Entry> byForm;
    private final Pattern pattern;

    public JargonDictionary(List<Entry> entries) {
        Map<String, Entry> forms = new HashMap<>();
        for (Entry entry : entries) {
            for (String form : inflections(entry.term().toLowerCase(Locale.ROOT))) {
                forms.putIfAbsent(form, entry);
            }
        }
        this.byForm = Map.copyOf(forms);
        // Longest forms first so "peripheral neuropathy" wins over "neuropathy".
        List<String> sorted = new ArrayList<>(forms.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternation = new StringBuilder();
        for (String form : sorted) {
            alternation.append(alternation.length() == 0 ? "" : "|")
                    .append(Pattern.quote(form).replace(" ", "\\E\\s+\\Q"));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The dictionary shipped in {@code jargon.tsv}. */
    public static JargonDictionary standard() {
        return STANDARD;
    }

    public int size() {
        return (int) byForm.values().stream().distinct().count();
    }

    public List<Match> find(Sentence sentence) {
        List<Match> matches = new ArrayList<>();
        Matcher m = pattern.matcher(sentence.text());
        while (m.find()) {
            String form = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            matches.add(new Match(sentence, m.start(), m.end(), byForm.get(form)));
        }
        return matches;
    }

    /** Matches in prose and headings, in file order. */
    public List<Match> occurrences(Prose prose) {
        List<Match> all = new ArrayList<>();
        for (Sentence sentence : prose.allText()) {
            all.addAll(find(sentence));
        }
        return all;
    }

    /**
     * Spellings of a term with its last word inflected: plurals (-s, -es, -y→-ies, Greek/Latin
     * -is→-es, -um→-a, -a→-ae) and verb forms (-ed, -ing, with a final e dropped).
     */
    static Set<String> inflections(String term) {
        int space = term.lastIndexOf(' ');
        String head = term.substring(0, space + 1);
        String last = term.substring(space + 1);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(last);
        forms.add(last + "s");
        forms.add(last + "es");
        if (last.endsWith("y")) {
            String stem = last.substring(0, last.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
        }
        if (last.endsWith("is")) {
            forms.add(last.substring(0, last.length() - 2) + "es");
        }
        if (last.endsWith("um")) {
            forms.add(last.substring(0, last.length() - 2) + "a");
        }
        if (last.endsWith("a")) {
            forms.add(last + "e");
        }
        if (last.endsWith("e")) {
            forms.add(last + "d");
            forms.add(last.substring(0, last.length() - 1) + "ing");
        } else if (!last.endsWith("y")) {
            forms.add(last + "ed");
            forms.add(last + "ing");
        }
        Set<String> result = new LinkedHashSet<>();
        for (String form : forms) {
            result.add(head + form);
        }
        return result;
    }

    private static JargonDictionary load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = JargonDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + ": expected term<TAB>alternative: " + line);
                }
                entries.add(new Entry(parts[0].strip(), parts[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JargonDictionary(entries);
    }
}
