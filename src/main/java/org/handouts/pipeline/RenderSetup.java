package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.render.BuiltIn;
import org.handouts.render.FontLibrary;
import org.handouts.render.KeptFontScans;
import org.handouts.render.HandoutRenderer;
import org.handouts.render.LayoutRepository;
import org.handouts.render.PdfWriter;
import org.handouts.render.TemplateRenderer;

/**
 * What rendering needs, made once per build and shared by every worker: the fonts (scanned once; their
 * metrics cached across documents by {@link PdfWriter}), one FreeMarker configuration (templates parsed
 * once). Made lazily: a build with nothing to render never creates it.
 */
record RenderSetup(FontLibrary fonts, HandoutRenderer renderer) {

    static RenderSetup create(BuildOptions options, HandoutsConfig config, LayoutRepository layouts, TagIndex tags,
                              FontLibrary fonts, Diagnostics diagnostics) throws IOException {
        return create(options, config, layouts, tags, org.handouts.i18n.Translations.none(), fonts, diagnostics);
    }

    static RenderSetup create(BuildOptions options, HandoutsConfig config, LayoutRepository layouts, TagIndex tags,
                              org.handouts.i18n.Translations translations, FontLibrary fonts, Diagnostics diagnostics) throws IOException {
        PdfWriter.quietRendererLogging(options.verbose());
        PdfWriter pdf = pdfWriter(options, config, layouts, fonts, diagnostics);
        HandoutRenderer renderer = new HandoutRenderer(new TemplateRenderer(layouts.roots()), pdf, config, tags, translations);
        return new RenderSetup(fonts, renderer);
    }

    /**
     * The fonts in {@code fonts/}, each file parsed once before anything is rendered. A file that is not a
     * usable font is left out with a warning; with no usable font left the build cannot start, because a
     * PDF/A handout must embed its fonts (the built-in Helvetica cannot be embedded, and every page failed).
     */
    static FontLibrary fonts(BuildOptions options, Diagnostics diagnostics) throws IOException, NoUsableFont {
        KeptFontScans kept = KeptFontScans.in(options.out());
        FontLibrary fonts = FontLibrary.scan(fontFolders(options), kept);
        kept.save();
        for (FontLibrary.RejectedFont bad : fonts.rejected()) {
            diagnostics.report(Diagnostic.warning(bad.file(), 0, 0, "font file skipped: " + bad.reason()
                    + (fonts.faces().isEmpty() ? "" : "; the other fonts in the folder are used")));
        }
        if (fonts.faces().isEmpty()) {
            throw new NoUsableFont(options.fonts(), (fonts.rejected().isEmpty() ? "no .ttf font files found"
                    : "none of the .ttf files can be used") + " in the fonts folder; a handout PDF must embed its fonts,"
                    + " so add at least one TrueType (.ttf) font there (or point --fonts at a folder with fonts)");
        }
        return fonts;
    }

    /** The project's fonts folder over the built-in fonts (a file of the same name replaces a built-in one). */
    static List<Path> fontFolders(BuildOptions options) {
        return List.of(options.fonts(), BuiltIn.fonts());
    }

    /** No font the PDFs could embed: the build cannot start (a configuration error). */
    static final class NoUsableFont extends Exception {
        private final transient Path folder;

        NoUsableFont(Path folder, String message) {
            super(message);
            this.folder = folder;
        }

        Path folder() {
            return folder;
        }
    }

    /**
     * A PDF writer with the build's reading rules (layouts, cached and article pictures, the logo's folder)
     * and its kept font metrics; the handouts and the printed booklet both use one.
     */
    static PdfWriter pdfWriter(BuildOptions options, HandoutsConfig config, LayoutRepository layouts, FontLibrary fonts,
                               Diagnostics diagnostics) {
        List<Path> allowed = new ArrayList<>(layouts.roots());
        allowed.addAll(List.of(options.cache(), options.articles(), BuiltIn.fonts()));
        config.brand().logo().ifPresent(logo -> allowed.add(logo.getParent()));
        return new PdfWriter(fonts, allowed, message -> {
            if (options.verbose()) {
                diagnostics.report(Diagnostic.note(null, 0, 0, "renderer: " + message));
            }
        }, java.util.Optional.of(options.out()), BuildStamp.fixedDate(options));
    }
}
