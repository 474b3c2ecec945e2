package org.handouts.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.handouts.article.Article;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.ClinicTexts;
import org.handouts.i18n.Translations;

/** One article through one layout to one PDF file: template, finishing touches, PDF. Thread-safe. */
public final class HandoutRenderer {

    private final TemplateRenderer templates;
    private final PdfWriter pdf;
    private final HandoutsConfig config;
    private final TagIndex tags;

    /** Which articles translate which, for each handout's "Also in" line. */
    private final Translations translations;

    public HandoutRenderer(TemplateRenderer templates, PdfWriter pdf, HandoutsConfig config, TagIndex tags) {
        this(templates, pdf, config, tags, Translations.none());
    }

    public HandoutRenderer(TemplateRenderer templates, PdfWriter pdf, HandoutsConfig config, TagIndex tags, Translations translations) {
        this.translations = translations;
        this.templates = templates;
        this.pdf = pdf;
        this.config = config;
        this.tags = tags;
    }

    /** The finished XHTML for one article in one layout (what the PDF is made from). */
    public String xhtml(PreparedArticle inputs, Layout layout) throws TemplateRenderer.TemplateFailure {
        Map<String, Object> model = HandoutModel.forArticle(inputs, config, tags, translations);
        String xhtml = templates.render(layout, Layout.ARTICLE_TEMPLATE, model);
        Article article = inputs.article();
        return XhtmlFinisher.finish(xhtml, new XhtmlFinisher.Metadata(
                article.title(),
                ClinicTexts.brand(config, article.lang().orElse(config.language())).clinicName(),
                article.description(),
                tags.tagsOf(article).stream().map(tags::label).collect(Collectors.joining(", ")),
                article.lang().orElse(config.language())));
    }

    public void write(PreparedArticle inputs, Layout layout, Path target)
            throws TemplateRenderer.TemplateFailure, IOException {
        pdf.write(xhtml(inputs, layout), layout.folder().toUri(), target);
    }
}
