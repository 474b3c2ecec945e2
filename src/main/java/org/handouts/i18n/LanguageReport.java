package org.handouts.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.SourcePosition;
import org.handouts.config.HandoutsConfig;
import org.handouts.config.LocalizedTexts;

/**
 * The build's warnings about languages, each said once per build however many articles it concerns: a
 * language with no message bundle (its handouts use English words), and a clinic text with no version in a
 * language the library has (naming the key, at its place in handouts.yml).
 */
public final class LanguageReport {
    private LanguageReport() { }

    public static final String RULE = "language";

    public static List<Diagnostic> warnings(List<Article> articles, HandoutsConfig config) {
        Map<String, Article> firstOfLanguage = new LinkedHashMap<>();
        for (Article article : articles) {
            firstOfLanguage.putIfAbsent(Translations.lang(article, config.language()).toLowerCase(Locale.ROOT), article);
        }
        List<Diagnostic> warnings = new ArrayList<>();
        List<String> missingBundles = new ArrayList<>();
        for (Map.Entry<String, Article> language : firstOfLanguage.entrySet()) {
            if (!Messages.hasBundle(language.getKey())) {
                missingBundles.add(language.getKey());
                Article first = language.getValue();
                warnings.add(Diagnostic.warning(first.file(), first.frontMatterLine("lang"), 1, "handouts has no words in '"
                        + language.getKey() + "' (" + Languages.englishName(language.getKey()) + "): its fixed words (page numbers,"
                        + " 'Please keep in mind', ...) are printed in English; languages with words: " + String.join(", ", Messages.SHIPPED))
                        .withRule(RULE));
            }
        }
        LocalizedTexts texts = config.texts();
        for (String lang : firstOfLanguage.keySet()) {
            if (lang.equalsIgnoreCase(config.language())) {
                continue;
            }
            for (LocalizedTexts.Text text : texts.texts().values()) {
                if (texts.in(text.key(), lang).isEmpty()) {
                    warnings.add(Diagnostic.warning(text.file(), text.line(), text.column(), "'" + text.key() + "' has no '" + lang
                            + "' text: " + Languages.englishName(lang) + " handouts use the '" + config.language() + "' one"
                            + " (add '" + lang + ": ...' under '" + text.key() + "')").withRule(RULE));
                }
            }
            if (!texts.isByLanguage("brand.disclaimer")) {
                SourcePosition at = texts.placeOf("brand.disclaimer");
                warnings.add(Diagnostic.warning(config.file(), at.line(), at.column(), "'brand.disclaimer' is one text for every language: "
                        + Languages.englishName(lang) + " handouts print it as written; give it by language"
                        + " ('disclaimer: {" + config.language() + ": ..., " + lang + ": ...}')").withRule(RULE));
            }
        }
        return warnings;
    }
}
