package org.handouts.i18n;

import org.handouts.config.Brand;
import org.handouts.config.HandoutsConfig;
import org.handouts.config.LocalizedTexts;

/**
 * The clinic's texts from {@code handouts.yml} in one language: each text given by language in that
 * language, else in the default one ({@link LanguageReport} warns, naming the key).
 */
public final class ClinicTexts {
    private ClinicTexts() { }

    public static Brand brand(HandoutsConfig config, String lang) {
        Brand brand = config.brand();
        LocalizedTexts texts = config.texts();
        return new Brand(
                texts.in("brand.clinicName", lang).orElse(brand.clinicName()),
                brand.logo(),
                brand.primaryColor(),
                texts.in("brand.phone", lang).orElse(brand.phone()),
                texts.in("brand.website", lang).orElse(brand.website()),
                texts.in("brand.address", lang).orElse(brand.address()),
                texts.in("brand.disclaimer", lang).orElse(brand.disclaimer()));
    }

    /** The booklet's title in the language. */
    public static String title(HandoutsConfig config, String lang) {
        return config.texts().in("title", lang).orElse(config.title());
    }

    /** A tag's label in the language: handouts.yml's {@code tagNames}, else the label the articles use. */
    public static String tagLabel(HandoutsConfig config, String tagKey, String label, String lang) {
        return config.texts().tagName(tagKey, lang).orElse(label);
    }
}
