package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import org.handouts.render.LibraryContext;
import org.handouts.render.PreparedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.article.TagIndex;
import org.handouts.config.BookletSettings;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.ClinicTexts;
import org.handouts.i18n.Messages;
import org.handouts.i18n.TopicOrder;
import org.handouts.render.BookletModel;
import org.handouts.render.ChapteredBooklet;
import org.handouts.render.Layout;
import org.handouts.render.LayoutRepository;
import org.handouts.render.TemplateRenderer;
import org.handouts.render.XhtmlFinisher;

/**
 * {@code out/booklet.pdf}: every article that built, in one printable booklet, made by the
 * {@code booklet.ftlx} of the layout {@code handouts.yml} names ({@code booklet: {layout: ...}}, default
 * {@code handout}). The template decides the pages (title, topic index, articles, about); this class only
 * gathers the data and writes the file atomically. Problems are reported, never thrown.
 */
final class PdfBookletWriter {
    static final String FILE_NAME = "booklet.pdf";

    private final Diagnostics diagnostics;

    PdfBookletWriter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The written file, or empty when there was nothing to write or it failed (and was reported). */
    Optional<Path> write(LibraryContext context) {
        HandoutsConfig config = context.config();
        BuildOptions options = context.options();
        if (context.articles().isEmpty()) {
            diagnostics.report(Diagnostic.note(null, 0, 0, "no article built, so no " + FILE_NAME + " was written"));
            return Optional.empty();
        }
        BookletSettings settings = config.booklet();
        Path target = context.file(FILE_NAME);
        try {
            LayoutRepository layouts = new LayoutRepository(options.layouts());
            Optional<Layout> layout = layouts.find(settings.layout());
            if (layout.isEmpty() || !Files.isRegularFile(layout.get().bookletTemplate())) {
                diagnostics.report(Diagnostic.error(config.file(), settings.line(), settings.column(),
                        "booklet layout '" + settings.layout() + "' has no " + Layout.BOOKLET_TEMPLATE + " in "
                                + Diagnostic.displayPath(layouts.folder().resolve(settings.layout()))
                                + "; " + FILE_NAME + " was not written"));
                return Optional.empty();
            }
            List<org.handouts.article.Article> articles = context.articles().stream().map(PreparedArticle::article).toList();
            // Another language's booklet sorts its topics by their names in that language.
            TagIndex topics = context.lang().equalsIgnoreCase(config.language()) ? context.tags()
                    : new TagIndex(articles, TopicOrder.preferred(articles, config, context.lang()));
            Map<String, Object> model = BookletModel.forLibrary(context.articles(), config, topics,
                    BuildStamp.fixedDate(options).map(date -> LocalDate.ofInstant(date, java.time.ZoneOffset.UTC)).orElseGet(LocalDate::now),
                    context.lang());
            String xhtml = new TemplateRenderer(layouts.roots()).render(layout.get(), Layout.BOOKLET_TEMPLATE, model);
            String keywords = context.tags().groups().stream().filter(g -> !g.isUntagged())
                    .map(g -> context.tags().label(g.tag())).collect(Collectors.joining(", "));
            String clinic = ClinicTexts.brand(config, context.lang()).clinicName();
            var finished = XhtmlFinisher.finished(xhtml, new XhtmlFinisher.Metadata(ClinicTexts.title(config, context.lang()), clinic,
                    Messages.of(context.lang()).format("epub.description", clinic), keywords, context.lang()));
            var outcome = new ChapteredBooklet(RenderSetup.pdfWriter(options, config, layouts, context.fonts(), diagnostics),
                    Optional.of(options.out()),
                    Optional.of(context.lang()).filter(lang -> !lang.equalsIgnoreCase(config.language())),
                    !options.force(), List.of(layouts.folder(), options.fonts()))
                    .write(finished, context.articles().stream().map(a -> a.article().slug()).toList(), layout.get().folder().toUri(), target);
            if (options.verbose()) {
                diagnostics.report(Diagnostic.note(null, 0, 0, target.getFileName() + ": " + outcome.wholeBecause()
                        .map(why -> "laid out whole, not by chapter: " + why)
                        .orElse(outcome.laidOut() + (outcome.laidOut() == 1 ? " chapter" : " chapters") + " laid out, " + outcome.kept() + " kept from the last build"
                                + (outcome.revised() ? "; only their pages written, added to the last booklet" : ""))));
            }
            return Optional.of(target);
        } catch (TemplateRenderer.TemplateFailure e) {
            diagnostics.report(Diagnostic.error(e.file(), e.line(), e.column(), e.getMessage() + " (while making " + FILE_NAME + ")"));
        } catch (IOException | RuntimeException e) {
            diagnostics.report(Diagnostic.error(config.file(), 0, 0, "could not write " + Diagnostic.displayPath(target) + ": " + e));
        }
        return Optional.empty();
    }
}
