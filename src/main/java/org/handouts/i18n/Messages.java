package org.handouts.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the tool prints, in one language: {@code messages_<lang>.properties} beside this class (UTF-8,
 * ICU message syntax, so {@code {0, plural, one {# handout} other {# handouts}}} follows the language's
 * own plural rules). A key the language's bundle lacks is taken from English, so a partial bundle still
 * gives a complete page; a language with no bundle at all is English throughout (the build warns once).
 */
public final class Messages {

    /** The language every bundle falls back to; its bundle has every key. */
    public static final String FALLBACK = "en";

    /** Languages with a bundle, shipped in the jar. */
    public static final List<String> SHIPPED = List.of("en", "es", "fr", "pt", "zh", "vi", "ar", "ru", "he");

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final ULocale locale;
    private final Map<String, String> own;
    private final Map<String, String> fallback;
    /** Each pattern compiled once: a booklet formats the same few messages for every chapter. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(String lang, Map<String, String> own, Map<String, String> fallback) {
        this.lang = lang;
        this.locale = ULocale.forLanguageTag(lang);
        this.own = own;
        this.fallback = fallback;
    }

    /** The messages for a language tag ({@code es}, {@code es-MX}, {@code zh-Hans}), English where it has none. */
    public static Messages of(String languageTag) {
        String tag = languageTag == null || languageTag.isBlank() ? FALLBACK : languageTag;
        return CACHE.computeIfAbsent(tag, t -> {
            Map<String, String> english = bundle(FALLBACK).orElseThrow(() -> new IllegalStateException("messages_en.properties is missing"));
            Map<String, String> own = bundleLanguage(t).map(Messages::bundle).flatMap(b -> b).orElse(english);
            return new Messages(t, own, english);
        });
    }

    /** Whether the language (or its primary language: {@code es} for {@code es-MX}) has a bundle of its own. */
    public static boolean hasBundle(String languageTag) {
        return bundleLanguage(languageTag).isPresent();
    }

    /** The bundle's name for a tag: the whole tag lower-cased with '_' if shipped, else its primary language. */
    static Optional<String> bundleLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String whole = languageTag.toLowerCase(Locale.ROOT).replace('-', '_');
        if (resourceExists(whole)) {
            return Optional.of(whole);
        }
        String primary = whole.split("_", 2)[0];
        return resourceExists(primary) ? Optional.of(primary) : Optional.empty();
    }

    public String language() {
        return lang;
    }

    public ULocale locale() {
        return locale;
    }

    /** The message with its arguments put in (numbers by the language's rules); the key itself if unknown. */
    public String format(String key, Object... arguments) {
        String pattern = pattern(key);
        if (arguments.length == 0 && !pattern.contains("{")) {
            return pattern.replace("''", "'");
        }
        MessageFormat format = formats.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        // A MessageFormat keeps state while it formats: one caller at a time.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /** The message's pattern, from this language or else from English; the key when neither has it. */
    public String pattern(String key) {
        String pattern = own.get(key);
        if (pattern == null) {
            pattern = fallback.get(key);
        }
        return pattern == null ? key : pattern;
    }

    /** Keys this language's own bundle lacks (taken from English). */
    public Set<String> missingKeys() {
        Set<String> missing = new TreeSet<>(fallback.keySet());
        missing.removeAll(own.keySet());
        return Collections.unmodifiableSet(missing);
    }

    /** Every key there is a message for (English's keys, plus any only this language has). */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>(fallback.keySet());
        keys.addAll(own.keySet());
        return Collections.unmodifiableSet(keys);
    }

    private static boolean resourceExists(String name) {
        return Messages.class.getResource("messages_" + name + ".properties") != null;
    }

    private static Optional<Map<String, String>> bundle(String name) {
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + name + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new java.util.HashMap<>();
            properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
            return Optional.of(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
