package org.handouts.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handouts.article.Diagnostic;
import org.handouts.article.Diagnostics;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.render.FontLibrary;
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
                              Diagnostics diagnostics) throws IOException {
        PdfWriter.quietRendererLogging(options.verbose());
        FontLibrary fonts = FontLibrary.scan(options.fonts());
        if (fonts.faces().isEmpty()) {
            diagnostics.report(Diagnostic.warning(options.fonts(), 0, 0,
                    "no .ttf fonts found; PDFs fall back to the built-in Helvetica, which cannot be embedded"));
        }
        PdfWriter pdf = pdfWriter(options, config, layouts, fonts, diagnostics);
        HandoutRenderer renderer = new HandoutRenderer(new TemplateRenderer(layouts.folder()), pdf, config, tags);
        return new RenderSetup(fonts, renderer);
    }

    /**
     * A PDF writer with the build's reading rules (layouts, cached and article pictures, the logo's folder)
     * and its kept font metrics; the handouts and the printed booklet both use one.
     */
    static PdfWriter pdfWriter(BuildOptions options, HandoutsConfig config, LayoutRepository layouts, FontLibrary fonts,
                               Diagnostics diagnostics) {
        List<Path> allowed = new ArrayList<>(List.of(layouts.folder(), options.cache(), options.articles()));
        config.brand().logo().ifPresent(logo -> allowed.add(logo.getParent()));
        return new PdfWriter(fonts, allowed, message -> {
            if (options.verbose()) {
                diagnostics.report(Diagnostic.note(null, 0, 0, "renderer: " + message));
            }
        }, java.util.Optional.of(options.out()), BuildStamp.fixedDate(options));
    }
}
