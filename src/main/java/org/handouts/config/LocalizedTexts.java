package org.handouts.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.SourcePosition;
import org.handouts.yaml.YamlMap;

/**
 * The clinic's texts in every language it wrote them in. In {@code handouts.yml} each of {@link #KEYS} may be
 * a plain string (the default language's) or a map by language tag
 * ({@code disclaimer: {en: "...", es: "..."}}), and {@code tagNames:} names tags in other languages
 * ({@code tagNames: {Treatment: {es: Tratamiento}}}). Which language falls back, and the warning that says so,
 * is {@code org.handouts.i18n}'s business; this record only holds what was written and where.
 */
public record LocalizedTexts(String defaultLanguage, Map<String, Text> texts, Map<String, Text> tagNames,
                             Map<String, SourcePosition> onePerFile) {

    /** The keys that may be given per language, as written in the file (with their section). */
    public static final List<String> KEYS = List.of("title", "brand.clinicName", "brand.address", "brand.disclaimer",
            "brand.phone", "brand.website");

    /** One text by language tag (lower case), with where it is written. */
    public record Text(String key, Map<String, String> byLanguage, Path file, int line, int column) {
        public Text {
            byLanguage = Map.copyOf(byLanguage);
        }
    }

    public LocalizedTexts {
        texts = Map.copyOf(texts);
        tagNames = Map.copyOf(tagNames);
        onePerFile = Map.copyOf(onePerFile);
    }

    /** Where a key written as one text for every language is, for a warning there; else the file's start. */
    public SourcePosition placeOf(String key) {
        return onePerFile.getOrDefault(key, SourcePosition.START);
    }

    public static LocalizedTexts none(String defaultLanguage) {
        return new LocalizedTexts(defaultLanguage, Map.of(), Map.of(), Map.of());
    }

    /** Whether the entry is a map by language, which {@link ConfigReader} leaves to this class. */
    static boolean isByLanguage(YamlMap.Entry entry) {
        return entry.isMap();
    }

    /** The texts of {@link #KEYS} and {@code tagNames} from the root of handouts.yml; problems go to {@code errors}. */
    static LocalizedTexts read(YamlMap root, String defaultLanguage, List<Diagnostic> errors) {
        Map<String, Text> texts = new LinkedHashMap<>();
        Map<String, SourcePosition> onePerFile = new LinkedHashMap<>();
        for (String key : KEYS) {
            String[] path = key.split("\\.");
            Optional<YamlMap.Entry> entry = root.get(path[0]);
            for (int i = 1; i < path.length && entry.isPresent(); i++) {
                entry = entry.get().isMap() ? entry.get().asMap().get(path[i]) : Optional.empty();
            }
            if (entry.isPresent() && !entry.get().isMap()) {
                onePerFile.put(key, new SourcePosition(entry.get().keyLine(), entry.get().keyColumn()));
            }
            if (entry.isPresent() && entry.get().isMap()) {
                byLanguage(key, entry.get(), errors).ifPresent(text -> {
                    if (!text.byLanguage().containsKey(lower(defaultLanguage))) {
                        errors.add(Diagnostic.error(text.file(), text.line(), text.column(), "'" + key + "' has no text for the default language '" + defaultLanguage
                                + "' (set by 'language:'); add '" + defaultLanguage + ": ...' to it"));
                    }
                    texts.put(key, text);
                });
            }
        }
        Map<String, Text> tagNames = new LinkedHashMap<>();
        Optional<YamlMap.Entry> tags = root.get("tagNames");
        if (tags.isPresent()) {
            if (!tags.get().isMap()) {
                errors.add(tags.get().error("'tagNames' must be a group of tags, each with its name by language,"
                        + " such as 'Treatment: {es: Tratamiento}'"));
            } else {
                for (YamlMap.Entry tag : tags.get().asMap().entries()) {
                    if (!tag.isMap()) {
                        errors.add(tag.error("'tagNames." + tag.key() + "' must be names by language, such as '{es: Tratamiento}'"));
                        continue;
                    }
                    byLanguage("tagNames." + tag.key(), tag, errors).ifPresent(text ->
                            tagNames.put(tag.key().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), text));
                }
            }
        }
        return new LocalizedTexts(defaultLanguage, texts, tagNames, onePerFile);
    }

    private static Optional<Text> byLanguage(String key, YamlMap.Entry entry, List<Diagnostic> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlMap.Entry item : entry.asMap().entries()) {
            if (!item.key().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
                errors.add(Diagnostic.error(item.file(), item.keyLine(), item.keyColumn(), "'" + key + "." + item.key()
                        + "': '" + item.key() + "' is not a language tag such as 'en' or 'es-MX'"));
                ok = false;
            } else if (!item.isScalar() || item.text().isBlank()) {
                errors.add(item.error("'" + key + "." + item.key() + "' must be text"));
                ok = false;
            } else {
                String text = item.text().strip();
                values.put(lower(item.key()), key.equals("brand.disclaimer") ? Typography.smarten(text) : text);
            }
        }
        return ok ? Optional.of(new Text(key, values, entry.file(), entry.keyLine(), entry.keyColumn())) : Optional.empty();
    }

    /** The text for exactly this language or its primary language ({@code es} for {@code es-MX}); empty if not written. */
    public Optional<String> in(String key, String lang) {
        Text text = texts.get(key);
        return text == null ? Optional.empty() : pick(text, lang);
    }

    /** Whether {@code key} is given by language at all (else one text serves every language). */
    public boolean isByLanguage(String key) {
        return texts.containsKey(key);
    }

    /** A tag's name in the language, if handouts.yml gives one. */
    public Optional<String> tagName(String tagKey, String lang) {
        Text text = tagNames.get(tagKey);
        return text == null ? Optional.empty() : pick(text, lang);
    }

    private static Optional<String> pick(Text text, String lang) {
        String tag = lower(lang);
        String value = text.byLanguage().get(tag);
        if (value == null) {
            value = text.byLanguage().get(tag.split("-", 2)[0]);
        }
        return Optional.ofNullable(value);
    }

    private static String lower(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
