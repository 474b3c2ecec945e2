package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import org.handouts.render.LibraryContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.config.HandoutsConfig;
import org.handouts.epub.EpubBookletWriter;
import org.handouts.i18n.Translations;
import org.handouts.render.Layout;
import org.handouts.render.LayoutRepository;
import org.handouts.site.SiteWriter;

/**
 * The outputs made from the whole library at once: the EPUB booklet, the printed booklet and the web edition. The build
 * declares them while planning and writes the stale ones in one step, after every article is prepared.
 */
final class Booklets {

    private Booklets() { }

    /**
     * The files {@link #write} makes, with the inputs each reads beyond the articles, e.g. the printed
     * booklet's layout folder: {@code new LibraryOutput(out.resolve("booklet.pdf"), List.of(layouts.resolve("booklet")))}.
     */
    static List<LibraryOutput> declare(BuildOptions options, HandoutsConfig config, LayoutRepository layouts, List<String> languages,
                                      int articleCount, Diagnostics diagnostics) {
        List<LibraryOutput> outputs = new ArrayList<>();
        Path bookletLayout = layouts.find(config.booklet().layout()).map(Layout::folder)
                .orElse(options.layouts().resolve(config.booklet().layout()));
        // One pair of booklets per language the library has (booklet.epub, booklet.es.epub, ...).
        for (String lang : languages) {
            if (options.epub()) {
                outputs.add(new LibraryOutput(options.out().resolve(Translations.bookletName(EpubBookletWriter.FILE_NAME, lang, config.language())),
                        List.of()));
            }
            if (options.bookletPdf() && articleCount <= config.booklet().maxArticles()) {
                outputs.add(new LibraryOutput(options.out().resolve(Translations.bookletName(PdfBookletWriter.FILE_NAME, lang, config.language())),
                        List.of(bookletLayout)));
            }
        }
        if (config.siteEnabled() && options.site()) {
            // Every layout, not only the site's templates: its pages offer the PDFs, whose sizes they print.
            outputs.add(new LibraryOutput(siteIndex(options), List.of(options.layouts(), options.fonts())));
        }
        if (options.bookletPdf() && articleCount > config.booklet().maxArticles()) {
            diagnostics.report(Diagnostic.warning(config.file(), config.booklet().line(), config.booklet().column(),
                    PdfBookletWriter.FILE_NAME + " not made: " + articleCount + " articles are more than one printed booklet holds"
                            + " (booklet.maxArticles: " + config.booklet().maxArticles() + " in handouts.yml; raise it if you"
                            + " really want one book, which needs about 3 MB of memory per article)"));
        }
        return outputs;
    }

    /** The web edition's front page, which stands for the whole of out/site in the manifest. */
    static Path siteIndex(BuildOptions options) {
        return options.out().resolve(SiteWriter.FOLDER).resolve(SiteWriter.INDEX);
    }

    /**
     * Writes the stale booklets (of those {@link #declare} gave) from the prepared library. Each writes
     * atomically and reports its own problems; each file written is added to {@code written}, each one-line
     * summary ("booklet.epub 1.2 MB") to {@code summaries}.
     */
    static void write(LibraryContext library, List<String> languages, Collection<Path> stale, Diagnostics diagnostics,
                      List<Path> written, List<String> summaries) {
        BuildOptions options = library.options();
        // The booklets share nothing but the prepared articles, so they are made side by side.
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (String lang : languages) {
            LibraryContext context = library.inLanguage(lang);
            if (options.epub() && stale.contains(context.file(EpubBookletWriter.FILE_NAME))) {
                writers.add(CompletableFuture.runAsync(() -> new EpubBookletWriter().write(context, diagnostics::report)
                        .ifPresent(booklet -> {
                            written.add(booklet.file());
                            summaries.add(booklet.summary());
                        }), Threads.ownThread("epub")));
            }
            if (options.bookletPdf() && stale.contains(context.file(PdfBookletWriter.FILE_NAME))) {
                writers.add(CompletableFuture.runAsync(() -> new PdfBookletWriter(diagnostics).write(context).ifPresent(written::add),
                        Threads.ownThread("booklet-pdf")));
            }
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
    }
}
