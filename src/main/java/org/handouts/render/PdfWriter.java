package org.handouts.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.handouts.io.AtomicWrite;

/**
 * XHTML to a tagged, accessible PDF (PDF/UA-1 with PDF/A-3u) with openhtmltopdf. Fonts come only from
 * {@code fonts/} and are embedded and subset; every face is also a fallback, so a glyph the main face lacks
 * (arrows, symbols) is drawn from a wider one instead of printing '#'. The renderer may load only local
 * files under the folders we allow: it never touches the network.
 */
public final class PdfWriter {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Loggers of the libraries under the renderer; kept as fields so the JDK does not drop our settings. */
    private static final List<String> QUIETED_LOGGERS = List.of("com.openhtmltopdf", "org.apache.pdfbox", "org.apache.fontbox");
    private static final List<java.util.logging.Logger> HELD = new java.util.ArrayList<>();

    private final FontLibrary fonts;
    /**
     * Font metrics (ascent, descent, ...) shared by every document this writer renders, on every thread.
     * Without it openhtmltopdf parses each font file in every document just to learn its metrics, which
     * profiling showed to be the largest cost of a build; with it only the faces a document really uses
     * are parsed. The values are immutable and the map concurrent, so sharing across workers is safe.
     * Given an output folder, they are also kept there for the next build ({@link FontMetricsCache}).
     */
    private final FontMetricsCache fontMetrics;
    private final List<Path> allowedFolders;
    private final Consumer<String> rendererWarnings;
    /** The date every PDF says it was made, when the build is to be reproducible; else the moment it is made. */
    private final java.util.Optional<java.time.Instant> fixedDate;

    /**
     * @param allowedFolders the only places the renderer may read from (layouts, logo, prepared images)
     * @param rendererWarnings where openhtmltopdf's own warnings go (shown with --verbose)
     */
    public PdfWriter(FontLibrary fonts, List<Path> allowedFolders, Consumer<String> rendererWarnings) {
        this(fonts, allowedFolders, rendererWarnings, java.util.Optional.empty(), java.util.Optional.empty());
    }

    /**
     * @param keepMetricsIn where the fonts' metrics are kept between builds (the output folder), if anywhere
     * @param fixedDate     the date to write into every PDF instead of now, for byte-identical rebuilds
     */
    public PdfWriter(FontLibrary fonts, List<Path> allowedFolders, Consumer<String> rendererWarnings,
                     java.util.Optional<Path> keepMetricsIn, java.util.Optional<java.time.Instant> fixedDate) {
        this.fixedDate = fixedDate;
        this.fonts = fonts;
        this.fontMetrics = keepMetricsIn.map(folder -> new FontMetricsCache(folder, fonts)).orElseGet(FontMetricsCache::new);
        this.allowedFolders = allowedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.rendererWarnings = rendererWarnings;
    }

    /** The date every PDF says it was made, when the build is to be reproducible. */
    public java.util.Optional<java.time.Instant> fixedDate() {
        return fixedDate;
    }

    /** openhtmltopdf logs at INFO through java.util.logging; users should see only our diagnostics. */
    public static void quietRendererLogging(boolean verbose) {
        XRLog.setLoggingEnabled(verbose);
        for (String name : QUIETED_LOGGERS) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(verbose ? Level.INFO : Level.OFF);
            synchronized (HELD) {
                if (!HELD.contains(logger)) { // once: a build daemon calls this for every build
                    HELD.add(logger);
                }
            }
        }
    }

    /** Renders to {@code target} through a temporary file, so a failure never leaves a broken PDF in its place. */
    public void write(String xhtml, URI baseUri, Path target) throws IOException {
        AtomicWrite.write(target, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                render(xhtml, baseUri, out);
            }
        });
    }

    /**
     * The finished PDF: openhtmltopdf's output with the accessibility touches it does not make itself. The
     * touches are made on the renderer's own document just before it is saved (its {@code onClose} event,
     * after the pages, links and structure tree are complete), so the PDF is written once and never parsed
     * back: in a one-article rebuild that re-parse was a tenth of the render.
     */
    public void render(String xhtml, URI baseUri, OutputStream out) throws IOException {
        PdfRendererBuilder builder = builder(xhtml, baseUri);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = renderer(builder)) {
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) { }

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) { }

                @Override
                public void onClose(PdfBoxRenderer r) {
                    PDDocument doc = r.getPdfDocument();
                    LinkDescriptions.copyIntoAnnotations(doc);
                    InlineMarks.inline(doc);
                    BlankPages.clear(doc);
                    fixedDate.ifPresent(date -> PdfStamp.date(doc, date));
                    PdfStamp.identify(doc, xhtml, fixedDate);
                }
            });
            renderer.createPDF();
        }
    }

    /**
     * A document laid out and kept open for more work on it (the printed booklet's parts, which are put
     * together with PDFBox): links described, empty pages left as they are, and where the elements whose
     * id matches {@code ids} start. The caller closes the document.
     */
    public Laid renderOpen(String xhtml, URI baseUri, java.util.regex.Pattern ids) throws IOException {
        PdfRendererBuilder builder = builder(xhtml, baseUri);
        builder.toStream(java.io.OutputStream.nullOutputStream());
        PdfBoxRenderer renderer = renderer(builder);
        renderer.layout();
        PDDocument doc = renderer.createPDFKeepOpen();
        // Asked after drawing: the output device knows the elements' boxes only then. The page is worked out
        // from the box's top here, not taken from the position: a box that starts exactly where a page
        // starts is given there to the page before.
        java.util.List<com.openhtmltopdf.render.PageBox> pageBoxes = renderer.getRootBox().getLayer().getPages();
        java.util.Map<String, Integer> pages = new java.util.LinkedHashMap<>();
        for (var position : renderer.findPagePositionsByID(ids)) {
            int top = position.getElement().getAbsY();
            int page = position.getPageNo();
            for (int i = 0; i < pageBoxes.size(); i++) {
                if (pageBoxes.get(i).getTop() <= top && top < pageBoxes.get(i).getBottom()) {
                    page = i;
                    break;
                }
            }
            pages.putIfAbsent(position.getId(), page);
        }
        LinkDescriptions.copyIntoAnnotations(doc);
        InlineMarks.inline(doc);
        return new Laid(doc, java.util.Collections.unmodifiableMap(pages));
    }

    /** An open document, and the page (from 0) each asked-for id starts on. */
    public record Laid(PDDocument doc, java.util.Map<String, Integer> pageOfId) { }

    private PdfRendererBuilder builder(String xhtml, URI baseUri) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.withProducer("handouts");
        for (FontFace face : fonts.faces()) {
            builder.useFont(face.file().toFile(), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL, FSFontUseCase.SVG));
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl((uri, type) -> isAllowed(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Second lock: even if a URI got past the check above, openhtmltopdf has no stream for the network
        // (its own HTTP code has no timeouts and would stall a build). Pictures come only from ImageStore.
        builder.useProtocolsStreamImplementation(this::refuse, NETWORK_PROTOCOLS);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                rendererWarnings.accept(d.getFormattedMessage());
            }
        });
        Scripts.configure(builder, xhtml);
        builder.withHtmlContent(xhtml, baseUri.toString());
        return builder;
    }

    private static PdfBoxRenderer renderer(PdfRendererBuilder builder) {
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        var shared = renderer.getSharedContext();
        shared.setReplacedElementFactory(new FittedImages(shared.getReplacedElementFactory(), renderer.getOutputDevice()));
        return renderer;
    }

    /** Every scheme the JDK or openhtmltopdf could open a connection with. */
    private static final String[] NETWORK_PROTOCOLS = {"http", "https", "ftp", "jar", "mailto", "netdoc", "jrt"};

    private com.openhtmltopdf.extend.FSStream refuse(String uri) {
        rendererWarnings.accept("refused to fetch " + uri + " (the renderer never uses the network)");
        return new com.openhtmltopdf.extend.FSStream() {
            @Override
            public java.io.InputStream getStream() {
                return null;
            }

            @Override
            public java.io.Reader getReader() {
                return null;
            }
        };
    }

    private boolean isAllowed(String uri) {
        try {
            if (uri.regionMatches(true, 0, "data:image/", 0, 11)) {
                return true; // inline pictures (QR codes) carry their bytes with them: nothing is fetched
            }
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                rendererWarnings.accept("refused to load " + uri + " (only prepared local files are used)");
                return false;
            }
            Path path = Path.of(parsed).toAbsolutePath().normalize();
            boolean allowed = allowedFolders.stream().anyMatch(path::startsWith);
            if (!allowed) {
                rendererWarnings.accept("refused to load " + uri + " (outside the allowed folders)");
            }
            return allowed;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
