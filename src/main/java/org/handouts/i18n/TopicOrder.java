package org.handouts.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handouts.article.Article;
import org.handouts.article.Tag;
import org.handouts.config.HandoutsConfig;

/**
 * The order of topics in a booklet of one language: {@code tagOrder} from handouts.yml first, then the rest
 * alphabetically by their names in that language, as its readers sort (ICU collation: "Cáncer" between
 * "Bienestar" and "Cirugía"). The default language keeps the library's own order.
 */
public final class TopicOrder {
    private TopicOrder() { }

    /** Tag keys in order, for {@code new TagIndex(articles, preferred(...))}. */
    public static List<String> preferred(List<Article> articles, HandoutsConfig config, String lang) {
        if (lang.equalsIgnoreCase(config.language())) {
            return config.tagOrder();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Article article : articles) {
            for (Tag tag : article.tags()) {
                names.putIfAbsent(tag.key(), ClinicTexts.tagLabel(config, tag.key(), tag.label(), lang));
            }
        }
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(lang));
        List<String> order = new ArrayList<>(config.tagOrder());
        names.entrySet().stream().sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
                .forEach(e -> order.add(e.getKey()));
        return order;
    }
}
