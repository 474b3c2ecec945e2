package org.handouts.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.yaml.DidYouMean;
import org.handouts.yaml.YamlMap;

/** Reads and validates {@code handouts.yml}; every problem names the key and its line. */
public final class ConfigReader {

    static final List<String> TOP_KEYS = List.of("title", "language", "paper", "layouts", "brand", "tagOrder", "site", "images", "check", "booklet", "limits", "tagNames", "library");
    static final List<String> LIBRARY_KEYS = List.of("folderTopics");
    static final List<String> CHECK_KEYS = List.of("targetGrade", "maxSentenceWords", "maxParagraphSentences", "reviewAfterYears", "disabled");
    static final List<String> BRAND_KEYS = List.of("clinicName", "logo", "primaryColor", "phone", "website", "address", "disclaimer");
    static final List<String> SITE_KEYS = List.of("baseUrl", "enabled");
    static final List<String> IMAGE_KEYS = List.of("connectTimeoutSeconds", "deadlineSeconds", "maxMegabytes", "maxMegapixels", "maxWidth");
    static final List<String> BOOKLET_KEYS = List.of("layout", "maxArticles");
    static final List<String> LIMIT_KEYS = List.of("maxArticleKilobytes");
    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Pattern HEX_COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final List<Diagnostic> warnings = new ArrayList<>();
    /** The texts given by language in the file being read (see {@link LocalizedTexts}). */
    private LocalizedTexts texts = LocalizedTexts.none("en");

    /** Warnings (unknown keys and the like) from the last successful {@link #read}. */
    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    public HandoutsConfig read(Path file) throws ConfigException {
        warnings.clear();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(List.of(Diagnostic.error(file, 0, 0,
                    "cannot read the configuration file (" + e.getClass().getSimpleName() + "): "
                            + "none was found here or in a folder above; 'handouts init' makes a new project with one,"
                            + " or point to one with --config")));
        }
        YamlMap.Parsed parsed = YamlMap.parse(text, file, 0);
        List<Diagnostic> errors = new ArrayList<>(parsed.diagnostics());
        if (parsed.map().isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(Diagnostic.error(file, 1, 1, "the configuration is empty: 'title' and 'brand' are required"));
            }
            throw new ConfigException(errors);
        }
        YamlMap root = parsed.map().get();
        warnUnknown(root, TOP_KEYS, "");

        String language = optionalText(root, "language", errors).orElse("en");
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            errors.add(root.get("language").get().error("'language' must be a language tag such as 'en' or 'es-MX', not '" + language + "'"));
        }
        texts = LocalizedTexts.read(root, language, errors);
        String title = requiredText(root, "title", "", errors);
        PaperSize paper = PaperSize.LETTER;
        Optional<String> paperText = optionalText(root, "paper", errors);
        if (paperText.isPresent()) {
            Optional<PaperSize> size = PaperSize.parse(paperText.get());
            if (size.isEmpty()) {
                errors.add(root.get("paper").get().error("'paper' must be 'letter' or 'a4', not '" + paperText.get() + "'"));
            } else {
                paper = size.get();
            }
        }
        List<String> layouts = textList(root, "layouts", errors).orElse(List.of("handout"));
        if (layouts.isEmpty()) {
            errors.add(root.get("layouts").get().error("'layouts' must name at least one folder under layouts/"));
        }
        List<String> tagOrder = textList(root, "tagOrder", errors).orElse(List.of());
        Brand brand = readBrand(root, file, errors);
        Optional<String> siteBaseUrl = Optional.empty();
        boolean siteEnabled = true;
        Optional<YamlMap.Entry> site = root.get("site");
        if (site.isPresent()) {
            if (!site.get().isMap()) {
                errors.add(site.get().error("'site' must be a group of keys, such as 'baseUrl:'"));
            } else {
                YamlMap siteMap = site.get().asMap();
                warnUnknown(siteMap, SITE_KEYS, "site.");
                siteBaseUrl = optionalText(siteMap, "baseUrl", errors).map(u -> u.endsWith("/") ? u : u + "/");
                if (siteBaseUrl.isPresent() && !siteBaseUrl.get().matches("(?i)https?://.+")) {
                    errors.add(siteMap.get("baseUrl").get().error("'site.baseUrl' must start with http:// or https://"));
                }
                siteEnabled = yesOrNo(siteMap, "enabled", true, "site.", errors);
            }
        }
        ImageSettings images = readImages(root, errors);
        CheckOptions check = readCheck(root, errors);
        BookletSettings booklet = readBooklet(root, errors);
        Limits limits = readLimits(root, errors);
        boolean folderTopics = true;
        Optional<YamlMap.Entry> library = root.get("library");
        if (library.isPresent()) {
            if (!library.get().isMap()) {
                errors.add(library.get().error("'library' must be a group of keys, such as 'folderTopics: false'"));
            } else {
                warnUnknown(library.get().asMap(), LIBRARY_KEYS, "library.");
                folderTopics = yesOrNo(library.get().asMap(), "folderTopics", true, "library.", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new HandoutsConfig(file, title, language, paper, layouts, brand, tagOrder, siteBaseUrl, images, check, booklet,
                limits, siteEnabled, texts, folderTopics);
    }

    /** {@code limits: {maxArticleKilobytes: 2048}}. */
    private Limits readLimits(YamlMap root, List<Diagnostic> errors) {
        Optional<YamlMap.Entry> entry = root.get("limits");
        if (entry.isEmpty()) {
            return Limits.defaults();
        }
        if (!entry.get().isMap()) {
            errors.add(entry.get().error("'limits' must be a group of keys, such as 'maxArticleKilobytes: 2048'"));
            return Limits.defaults();
        }
        YamlMap limits = entry.get().asMap();
        warnUnknown(limits, LIMIT_KEYS, "limits.");
        return new Limits(number(limits, "limits.", "maxArticleKilobytes", 1, 1_048_576, errors)
                .map(Double::intValue).orElse(Limits.defaults().maxArticleKilobytes()));
    }

    /** {@code booklet: {layout: NAME}}; whether the layout exists is checked by the build, which knows the folder. */
    private BookletSettings readBooklet(YamlMap root, List<Diagnostic> errors) {
        Optional<YamlMap.Entry> entry = root.get("booklet");
        if (entry.isEmpty()) {
            return BookletSettings.defaults();
        }
        if (!entry.get().isMap()) {
            errors.add(entry.get().error("'booklet' must be a group of keys, such as 'layout: handout'"));
            return BookletSettings.defaults();
        }
        YamlMap booklet = entry.get().asMap();
        warnUnknown(booklet, BOOKLET_KEYS, "booklet.");
        int maxArticles = number(booklet, "booklet.", "maxArticles", 1, 100_000, errors)
                .map(Double::intValue).orElse(BookletSettings.DEFAULT_MAX_ARTICLES);
        Optional<String> layout = optionalText(booklet, "layout", errors);
        if (layout.isEmpty()) {
            return new BookletSettings(BookletSettings.DEFAULT_LAYOUT, 0, 0, maxArticles);
        }
        YamlMap.Entry at = booklet.get("layout").get();
        if (!FOLDER_NAME.matcher(layout.get()).matches()) {
            errors.add(at.error("'booklet.layout' must be the name of a folder under layouts/, such as 'handout', not '" + layout.get() + "'"));
        }
        return new BookletSettings(layout.get(), at.line(), at.column(), maxArticles);
    }

    private Brand readBrand(YamlMap root, Path file, List<Diagnostic> errors) {
        Optional<YamlMap.Entry> entry = root.get("brand");
        if (entry.isEmpty()) {
            errors.add(Diagnostic.error(file, 1, 1, "missing required key 'brand' (the clinic's name, phone and disclaimer)"));
            return null;
        }
        if (!entry.get().isMap()) {
            errors.add(entry.get().error("'brand' must be a group of keys such as 'clinicName:', 'phone:', 'disclaimer:'"));
            return null;
        }
        YamlMap brand = entry.get().asMap();
        warnUnknown(brand, BRAND_KEYS, "brand.");
        Placeholders.warn(brand, warnings);
        String clinicName = requiredText(brand, "clinicName", "brand.", errors);
        String phone = requiredText(brand, "phone", "brand.", errors);
        String disclaimer = Typography.smarten(requiredText(brand, "disclaimer", "brand.", errors));
        String website = localizable(brand, "website", "brand.", errors).orElse("");
        String address = localizable(brand, "address", "brand.", errors).orElse("");
        String colour = optionalText(brand, "primaryColor", errors).orElse("#1F5C99");
        if (!HEX_COLOUR.matcher(colour).matches()) {
            errors.add(brand.get("primaryColor").get().error("'brand.primaryColor' must be a colour like \"#1F5C99\" (quote it: # starts a comment in YAML)"));
        }
        Optional<Path> logo = Optional.empty();
        Optional<String> logoText = optionalText(brand, "logo", errors);
        if (logoText.isPresent()) {
            Path logoPath = file.toAbsolutePath().getParent().resolve(logoText.get()).normalize();
            if (!Files.isRegularFile(logoPath)) {
                errors.add(brand.get("logo").get().error("'brand.logo' file not found: " + logoPath));
            } else if (!logoText.get().matches("(?i).+\\.(svg|png|jpe?g)")) {
                errors.add(brand.get("logo").get().error("'brand.logo' must be an .svg, .png or .jpg file"));
            } else {
                Optional<String> problem = LogoCheck.problem(logoPath);
                YamlMap.Entry where = brand.get("logo").get();
                problem.ifPresent(why -> warnings.add(where.warning("'brand.logo' is not used: " + why
                        + "; the handouts are built without a logo until it is fixed (" + logoPath.getFileName() + ")")));
                logo = problem.isEmpty() ? Optional.of(logoPath) : Optional.empty();
            }
        }
        return new Brand(clinicName, logo, colour, phone, website, address, disclaimer);
    }

    private CheckOptions readCheck(YamlMap root, List<Diagnostic> errors) {
        Optional<YamlMap.Entry> entry = root.get("check");
        if (entry.isEmpty()) {
            return CheckOptions.DEFAULTS;
        }
        if (!entry.get().isMap()) {
            errors.add(entry.get().error("'check' must be a group of keys such as 'targetGrade: 8'"));
            return CheckOptions.DEFAULTS;
        }
        YamlMap check = entry.get().asMap();
        warnUnknown(check, CHECK_KEYS, "check.");
        CheckOptions d = CheckOptions.DEFAULTS;
        double grade = number(check, "check.", "targetGrade", 1, 20, errors).orElse(d.targetGrade());
        int sentence = number(check, "check.", "maxSentenceWords", 5, 200, errors).map(Double::intValue).orElse(d.maxSentenceWords());
        int paragraph = number(check, "check.", "maxParagraphSentences", 1, 100, errors).map(Double::intValue).orElse(d.maxParagraphSentences());
        int years = number(check, "check.", "reviewAfterYears", 1, 50, errors).map(Double::intValue).orElse(d.reviewAfterYears());
        List<String> disabled = textList(check, "disabled", errors).orElse(List.of());
        return new CheckOptions(grade, sentence, paragraph, years, java.util.Set.copyOf(disabled));
    }

    /** The optional {@code images:} section: limits for fetching pictures; anything left out keeps its default. */
    private ImageSettings readImages(YamlMap root, List<Diagnostic> errors) {
        ImageSettings settings = ImageSettings.DEFAULTS;
        Optional<YamlMap.Entry> entry = root.get("images");
        if (entry.isEmpty()) {
            return settings;
        }
        if (!entry.get().isMap()) {
            errors.add(entry.get().error("'images' must be a group of keys, such as 'deadlineSeconds: 20'"));
            return settings;
        }
        YamlMap images = entry.get().asMap();
        warnUnknown(images, IMAGE_KEYS, "images.");
        Optional<Double> connect = number(images, "images.", "connectTimeoutSeconds", 0.1, 120, errors);
        Optional<Double> deadline = number(images, "images.", "deadlineSeconds", 0.5, 600, errors);
        Optional<Double> megabytes = number(images, "images.", "maxMegabytes", 0.1, 500, errors);
        Optional<Double> megapixels = number(images, "images.", "maxMegapixels", 0.1, 500, errors);
        Optional<Double> width = number(images, "images.", "maxWidth", 100, 10_000, errors);
        if (connect.isPresent()) {
            settings = settings.withConnectTimeout(Duration.ofMillis(Math.round(connect.get() * 1000)));
        }
        if (deadline.isPresent()) {
            settings = settings.withDeadline(Duration.ofMillis(Math.round(deadline.get() * 1000)));
        }
        if (settings.connectTimeout().compareTo(settings.deadline()) > 0) {
            YamlMap.Entry where = images.get("connectTimeoutSeconds").or(() -> images.get("deadlineSeconds")).get();
            warnings.add(where.warning("'images.connectTimeoutSeconds' is longer than 'images.deadlineSeconds'; the deadline wins"));
        }
        if (megabytes.isPresent()) {
            settings = settings.withMaxBytes(Math.round(megabytes.get() * 1024 * 1024));
        }
        if (megapixels.isPresent()) {
            settings = settings.withMaxPixels(Math.round(megapixels.get() * 1_000_000));
        }
        if (width.isPresent()) {
            settings = settings.withMaxWidth((int) Math.round(width.get()));
        }
        return settings;
    }

    /** A number within [min, max], or empty (with an error naming {@code prefix + key}) when it is not one. */
    private static Optional<Double> number(YamlMap map, String prefix, String key, double min, double max, List<Diagnostic> errors) {
        Optional<String> text = optionalText(map, key, errors);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        YamlMap.Entry entry = map.get(key).get();
        double value;
        try {
            value = Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            errors.add(entry.error("'" + prefix + key + "' must be a number, not '" + text.get() + "'"));
            return Optional.empty();
        }
        if (!(value >= min && value <= max)) {
            errors.add(entry.error("'" + prefix + key + "' must be between " + plain(min) + " and " + plain(max) + ", not " + text.get()));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private void warnUnknown(YamlMap map, List<String> known, String prefix) {
        for (YamlMap.Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                warnings.add(Diagnostic.warning(map.file(), entry.keyLine(), entry.keyColumn(),
                        "unknown key '" + prefix + entry.key() + "' is ignored" + DidYouMean.hint(entry.key(), known)));
            }
        }
    }

    private String requiredText(YamlMap map, String key, String prefix, List<Diagnostic> errors) {
        Optional<String> byLanguage = texts.in(prefix + key, texts.defaultLanguage());
        if (byLanguage.isPresent() || texts.isByLanguage(prefix + key)) {
            return byLanguage.orElse("");
        }
        Optional<String> text = optionalText(map, key, errors);
        if (text.isEmpty() && map.get(key).map(YamlMap.Entry::isScalar).orElse(true)) {
            int line = map.get(key).map(YamlMap.Entry::line).orElse(map.line());
            int column = map.get(key).map(YamlMap.Entry::column).orElse(map.column());
            String where = prefix.isEmpty() ? "" : " under '" + prefix.substring(0, prefix.length() - 1) + "'";
            errors.add(Diagnostic.error(map.file(), line, column, (map.get(key).isPresent() ? "key '" + prefix + key + "' is empty" : "missing required key '" + prefix + key + "'" + where)));
        }
        return text.orElse("");
    }

    /** An optional text that may be given by language: the default language's. */
    private Optional<String> localizable(YamlMap map, String key, String prefix, List<Diagnostic> errors) {
        if (texts.isByLanguage(prefix + key)) {
            return texts.in(prefix + key, texts.defaultLanguage());
        }
        return optionalText(map, key, errors);
    }

    private static boolean yesOrNo(YamlMap map, String key, boolean fallback, String prefix, List<Diagnostic> errors) {
        Optional<YamlMap.Entry> entry = map.get(key);
        if (entry.isEmpty()) {
            return fallback;
        }
        String text = entry.get().isScalar() ? entry.get().text().strip().toLowerCase(java.util.Locale.ROOT) : "";
        if (text.equals("true") || text.equals("yes")) {
            return true;
        }
        if (text.equals("false") || text.equals("no")) {
            return false;
        }
        errors.add(entry.get().error("'" + prefix + key + "' must be true or false"));
        return fallback;
    }

    private static Optional<String> optionalText(YamlMap map, String key, List<Diagnostic> errors) {
        return map.text(key, errors);
    }

    private static Optional<List<String>> textList(YamlMap map, String key, List<Diagnostic> errors) {
        Optional<YamlMap.Entry> entry = map.get(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        if (entry.get().isScalar()) {
            for (String part : entry.get().text().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        } else if (entry.get().isList()) {
            for (YamlMap.Entry item : entry.get().items()) {
                if (item.isScalar() && !item.text().isBlank()) {
                    values.add(item.text().strip());
                } else {
                    errors.add(item.error("each item of '" + key + "' must be plain text"));
                }
            }
        } else {
            errors.add(entry.get().error("'" + key + "' must be a list"));
        }
        return Optional.of(values);
    }
}
