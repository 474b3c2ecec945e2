package org.handouts.site;

import org.handouts.render.PreparedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Tag;
import org.handouts.article.TagIndex;
import org.handouts.render.LibraryContext;
import org.handouts.config.HandoutsConfig;
import org.handouts.io.AtomicWrite;
import org.handouts.images.ByteSize;
import org.handouts.render.Contrast;
import org.handouts.render.FontFace;
import org.handouts.render.HandoutModel;
import org.handouts.render.Layout;
import org.handouts.render.BuiltIn;
import org.handouts.render.TemplateRenderer;
import org.handouts.i18n.ClinicTexts;
import org.handouts.i18n.Languages;
import org.handouts.i18n.Messages;
import org.handouts.i18n.TemplateMessages;
import org.handouts.i18n.Translations;

/**
 * {@code out/site/}: the library as a static website, one page per article at the address its QR code
 * names, an index and a page per topic (the booklet's grouping), each offering the article's PDFs and the
 * booklets for download. Files are written one by one, each atomically, and only when their bytes changed,
 * so a one-article edit rewrites a few pages and no pictures; files the site no longer has are removed.
 *
 * <p>Written after the PDFs and booklets, whose sizes the download links give; everything else can be worked
 * out before them ({@link #prepare()}).
 */
public final class SiteWriter {
    public static final String FOLDER = "site";
    /** The templates and style sheet, in the layouts folder like every other look. */
    public static final String LAYOUT = "site";
    /** The file whose freshness stands for the whole site in the build manifest. */
    public static final String INDEX = "index.html";

    private final LibraryContext context;
    private final List<String> layoutNames;
    private final Path site;
    private final Set<String> written = new HashSet<>();
    /** Each language's booklets' download links, from the site's root (every page offers those of its language). */
    private final Map<String, List<Map<String, String>>> booklets = new LinkedHashMap<>();
    /** Which articles translate which: a page links the same handout in the other languages. */
    private Translations translations = Translations.none();

    /** {@code layoutNames}: the print layouts this build made, whose PDFs each page offers. */
    public SiteWriter(LibraryContext context, List<String> layoutNames) {
        this.context = context;
        this.layoutNames = List.copyOf(layoutNames);
        this.site = context.options().out().resolve(FOLDER);
    }

    /**
     * One page with everything worked out but its download links, which give the sizes of files that may
     * still be being made.
     *
     * @param article the article the page shows; null for a topic page or the index
     */
    private record Page(String path, String template, String lang, Map<String, Object> model, PreparedArticle article) { }

    /** What {@link #prepare()} worked out, or the problem that stops the site, reported by {@link #write}. */
    private List<Page> pages;
    private Diagnostic problem;
    private TemplateRenderer templates;
    private Layout layout;
    private SitePictures pictures;

    /** Writes the site; its index, or empty (with the reason reported) when there is none. */
    public Optional<Path> write(Consumer<Diagnostic> report) {
        return write(report, Runnable::run);
    }

    /**
     * As {@link #write(Consumer)}, rendering the pages on {@code workers}: they are independent, and after an
     * edit this is the build's last step, with every core but one idle.
     */
    public Optional<Path> write(Consumer<Diagnostic> report, java.util.concurrent.Executor workers) {
        if (pages == null && problem == null) {
            prepare();
        }
        if (problem != null) {
            report.accept(problem);
            return Optional.empty();
        }
        try {
            List<java.util.concurrent.CompletableFuture<String>> texts = new ArrayList<>();
            for (Page page : pages) {
                page.model().put("page", pageFrame(page.path(), page.lang()));
                if (page.article() != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> article = (Map<String, Object>) page.model().get("article");
                    article.put("downloads", pdfDownloads(page.article().article(), page.path(), page.lang()));
                }
                texts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return templates.render(layout, page.template(), page.model());
                    } catch (TemplateRenderer.TemplateFailure e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                }, workers));
            }
            for (int i = 0; i < pages.size(); i++) {
                writeText(pages.get(i).path(), rendered(texts.get(i)));
            }
            copy(layout.folder().resolve("site.css"), "site.css");
            // The tab's icon, in the brand colour: without one, browsers ask every host for /favicon.ico.
            writeText("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\""
                    + context.config().brand().primaryColor() + "\"/><rect x=\"4\" y=\"3\" width=\"8\" height=\"10\" rx=\"1\" fill=\"#ffffff\"/></svg>\n");
            writeText("fonts.css", fontFaces());
            List<String> paths = pages.stream().map(Page::path).toList();
            context.config().siteBaseUrl().ifPresent(base -> writeText("sitemap.xml", Sitemap.of(base, paths)));
            written.addAll(pictures.paths());
            removeWhatIsGone();
            return Optional.of(site.resolve(INDEX));
        } catch (TemplateRenderer.TemplateFailure e) {
            report.accept(Diagnostic.error(e.file(), e.line(), e.column(), e.getMessage() + " (while making the web edition)"));
        } catch (IOException | RuntimeException e) {
            report.accept(Diagnostic.error(site, 0, 0, "could not write the web edition: " + e));
        }
        return Optional.empty();
    }

    /** A page's text once rendered; a template's failure as it was thrown. */
    private static String rendered(java.util.concurrent.CompletableFuture<String> text) throws TemplateRenderer.TemplateFailure {
        try {
            return text.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof TemplateRenderer.TemplateFailure failure) {
                throw failure;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * Works out everything of the site that does not depend on the PDFs and booklets it offers: the pages'
     * texts, bodies and pictures. Nothing but pictures is written yet. A build calls this as soon as every article
     * is prepared, beside the rendering, and {@link #write} when the outputs are done; a problem found here
     * is reported by {@link #write}, in the place it always was.
     */
    public void prepare() {
        // A project's layouts/site replaces the built-in templates as a whole, as a print layout does.
        Path projectSite = context.options().layouts().resolve(LAYOUT);
        Path layoutFolder = Files.isRegularFile(projectSite.resolve("article.ftlh")) ? projectSite : BuiltIn.layouts().resolve(LAYOUT);
        if (!Files.isRegularFile(layoutFolder.resolve("article.ftlh"))) {
            problem = Diagnostic.error(layoutFolder.resolve("article.ftlh"), 0, 0,
                    "the web edition needs its templates here (or set 'site: {enabled: false}' in handouts.yml)");
            return;
        }
        if (context.articles().isEmpty()) {
            problem = Diagnostic.warning(site, 0, 0, "no article built, so the web edition was not written");
            return;
        }
        try {
            Files.createDirectories(site);
            templates = new TemplateRenderer(layoutFolder.getParent());
            layout = new Layout(LAYOUT, layoutFolder);
            pictures = new SitePictures(site);
            Map<String, String> pageBySlug = new LinkedHashMap<>();
            context.articles().forEach(a -> pageBySlug.put(a.article().slug(), SitePaths.articlePage(a.article().slug())));
            KeptSiteBodies keptBodies = KeptSiteBodies.in(context.options().out());
            SiteBody bodies = new SiteBody(pictures, pageBySlug, context.articles().stream().map(PreparedArticle::article).toList(), keptBodies);
            translations = Translations.of(context.articles().stream().map(PreparedArticle::article).toList(), context.config().language());
            List<Page> drafts = new ArrayList<>();

            for (PreparedArticle inputs : context.articles()) {
                String page = SitePaths.articlePage(inputs.article().slug());
                String lang = inputs.article().lang().orElse(context.config().language());
                Map<String, Object> model = pageModel(lang);
                model.put("article", articleModel(inputs, page, lang, bodies, pictures));
                drafts.add(new Page(page, "article.ftlh", lang, model, inputs));
            }
            for (TagIndex.Group group : context.tags().groups()) {
                String page = SitePaths.topicPage(group.tag().slug());
                Map<String, Object> model = pageModel(context.config().language());
                model.put("topic", groupModel(group, page));
                drafts.add(new Page(page, "topic.ftlh", context.config().language(), model, null));
            }
            Map<String, Object> index = pageModel(context.config().language());
            index.put("topics", context.tags().groups().stream().map(g -> groupModel(g, INDEX)).toList());
            drafts.add(new Page(INDEX, "index.ftlh", context.config().language(), index, null));

            pages = drafts;
            keptBodies.save();
        } catch (IOException | RuntimeException e) {
            problem = Diagnostic.error(site, 0, 0, "could not write the web edition: " + e);
        }
    }

    /** The clinic's texts in {@code lang}, as handouts.yml gives them. */
    private Map<String, Object> siteModel(String lang) {
        HandoutsConfig config = context.config();
        Map<String, Object> map = new LinkedHashMap<>(HandoutModel.brand(ClinicTexts.brand(config, lang)));
        map.put("title", ClinicTexts.title(config, lang));
        // Text in the brand colour only where it reads: darkened, if need be, to 7:1 on white (the large-print rule).
        map.put("textColor", Contrast.darkenToRatio(config.brand().primaryColor(), 7.0));
        return map;
    }

    /**
     * What every page's frame shows, in the page's language: {@code msg(key, ...)} gives the tool's words in it.
     * Its {@code page} entry holds a place for {@link #pageFrame}, which names the booklets.
     */
    private Map<String, Object> pageModel(String lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteModel(lang));
        model.put("msg", new TemplateMessages(Messages.of(lang)));
        model.put("page", Map.of());
        return model;
    }

    /** The {@code page} entry of a page's model: where it is, and the booklets of its language to download. */
    private Map<String, Object> pageFrame(String page, String lang) {
        String root = SitePaths.toRoot(page);
        return Map.of("root", root.isEmpty() ? "./" : root, "lang", lang, "dir", Languages.direction(lang),
                "home", SitePaths.link(page, INDEX), "downloads", booklets(lang).stream().map(d -> fromPage(d, page)).toList());
    }

    private Map<String, Object> articleModel(PreparedArticle inputs, String page, String lang, SiteBody bodies, SitePictures pictures) {
        Article article = inputs.article();
        Map<String, Object> map = new LinkedHashMap<>(HandoutModel.article(inputs, context.config(), context.tags(), translations));
        map.put("translations", translations.others(article).stream().map(other -> Map.of(
                "lang", other.lang(), "dir", Languages.direction(other.lang()), "language", Languages.ownName(other.lang()),
                "title", other.article().title(), "href", SitePaths.link(page, SitePaths.articlePage(other.article().slug())))).toList());
        map.remove("qr");
        map.put("body", bodies.forPage(inputs.body().xhtml(), article, page));
        map.remove("hero");
        inputs.hero().flatMap(hero -> pictures.add(hero.file(), hero.width()).map(picture -> {
            String root = SitePaths.toRoot(page);
            Map<String, Object> heroMap = new LinkedHashMap<>();
            heroMap.put("src", root + picture.path());
            heroMap.put("srcset", picture.smallPath().map(small -> root + small + " " + SitePictures.SMALL_WIDTH + "w, "
                    + root + picture.path() + " " + picture.width() + "w").orElse(""));
            heroMap.put("width", hero.width());
            heroMap.put("height", hero.height());
            heroMap.put("alt", article.hero().map(h -> h.alt().isBlank() ? article.title() : h.alt()).orElse(article.title()));
            heroMap.put("credit", article.hero().map(h -> h.credit()).orElse(""));
            return heroMap;
        })).ifPresent(hero -> map.put("hero", hero));
        map.put("related", inputs.related().stream().map(r -> Map.of("title", r.title(), "description", r.description(),
                "href", SitePaths.link(page, SitePaths.articlePage(r.slug())))).toList());
        List<Map<String, String>> topics = new ArrayList<>();
        for (Tag tag : context.tags().tagsOf(article)) {
            topics.add(Map.of("label", ClinicTexts.tagLabel(context.config(), tag.key(), context.tags().label(tag), lang),
                    "href", SitePaths.link(page, SitePaths.topicPage(tag.slug()))));
        }
        map.put("tags", topics);
        return map;
    }

    /** The article's PDFs to download from its page, with their sizes: the {@code downloads} of its model. */
    private List<Map<String, String>> pdfDownloads(Article article, String page, String lang) {
        List<Map<String, String>> pdfs = new ArrayList<>();
        Messages words = Messages.of(lang);
        for (String layout : layoutNames) {
            Path pdf = context.options().out().resolve("pdf").resolve(layout).resolve(article.slug() + ".pdf");
            download(pdf, "pdf/" + layout + "/" + article.slug() + ".pdf", page, words.format("site.download.pdf", layoutLabel(layout, words)))
                    .ifPresent(pdfs::add);
        }
        return pdfs;
    }

    private Map<String, Object> groupModel(TagIndex.Group group, String fromPage) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", context.tags().label(group.tag()));
        map.put("href", SitePaths.link(fromPage, SitePaths.topicPage(group.tag().slug())));
        map.put("articles", group.articles().stream().map(a -> Map.of("title", a.title(), "description", a.description(),
                "href", SitePaths.link(fromPage, SitePaths.articlePage(a.slug())))).toList());
        return map;
    }

    /** The booklets in {@code lang} ({@code booklet.es.pdf}, ...), else the default language's; worked out once per language. */
    private List<Map<String, String>> booklets(String lang) {
        return booklets.computeIfAbsent(lang, l -> {
            String own = Files.isRegularFile(bookletFile("booklet.epub", l)) || Files.isRegularFile(bookletFile("booklet.pdf", l))
                    ? l : context.config().language();
            Messages words = Messages.of(l);
            List<Map<String, String>> all = new ArrayList<>();
            for (String[] booklet : new String[][] {{"booklet.pdf", "site.booklet.pdf"}, {"booklet.epub", "site.booklet.epub"}}) {
                Path file = bookletFile(booklet[0], own);
                download(file, file.getFileName().toString(), INDEX, words.format(booklet[1])).ifPresent(all::add);
            }
            return all;
        });
    }

    private Path bookletFile(String defaultName, String lang) {
        return context.options().out().resolve(Translations.bookletName(defaultName, lang, context.config().language()));
    }

    /** A layout's name in the reader's words ({@code layout.large-print} in the bundle), else made from the folder name. */
    static String layoutLabel(String layoutName, Messages words) {
        String key = "layout." + layoutName;
        return words.keys().contains(key) ? words.format(key) : label(layoutName);
    }

    /** A download link from the root, as seen from {@code page}. */
    private static Map<String, String> fromPage(Map<String, String> download, String page) {
        Map<String, String> link = new LinkedHashMap<>(download);
        link.put("href", SitePaths.toRoot(page) + download.get("href"));
        return link;
    }

    /**
     * A finished output offered for download: placed in the site (a hard link where the disk allows, else a
     * copy) so the site folder is whole on its own, wherever it is put.
     */
    private Optional<Map<String, String>> download(Path output, String inSite, String page, String label) {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        try {
            place(output, inSite);
            long bytes = Files.size(output);
            return Optional.of(Map.of("label", label, "href", SitePaths.toRoot(page) + inSite, "size", ByteSize.label(bytes),
                    "type", inSite.endsWith(".epub") ? "application/epub+zip" : "application/pdf"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void place(Path output, String inSite) throws IOException {
        Path target = site.resolve(inSite);
        written.add(inSite);
        if (Files.isRegularFile(target) && Files.isSameFile(target, output)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createLink(temporary, output);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(output, temporary);
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code @font-face} rules for the fonts the PDFs embed, copied into the site: no font comes from elsewhere. */
    private String fontFaces() throws IOException {
        StringBuilder css = new StringBuilder();
        for (FontFace face : context.fonts().faces()) {
            String name = face.file().getFileName().toString();
            copy(face.file(), "fonts/" + name);
            css.append(String.format(Locale.ROOT, "@font-face { font-family: \"%s\"; src: url(\"fonts/%s\") format(\"truetype\");"
                    + " font-weight: %d; font-style: %s; font-display: swap; }%n", face.family().replace("\"", ""), name,
                    face.weight(), face.italic() ? "italic" : "normal"));
        }
        Path fonts = context.options().fonts();
        if (Files.isDirectory(fonts)) {
            try (Stream<Path> files = Files.list(fonts)) {
                for (Path licence : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).toList()) {
                    copy(licence, "fonts/" + licence.getFileName());
                }
            }
        }
        return css.toString();
    }

    /** A file copied as it is; one already there with the same size and a later date is taken to be it. */
    private void copy(Path from, String inSite) throws IOException {
        Path target = site.resolve(inSite);
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(from)
                && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(from)) >= 0) {
            written.add(inSite);
            return;
        }
        writeBytes(inSite, Files.readAllBytes(from));
    }

    private void writeText(String inSite, String text) {
        try {
            writeBytes(inSite, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Atomically, and only when the bytes changed: an unchanged page keeps its file and its date. */
    private void writeBytes(String inSite, byte[] bytes) throws IOException {
        Path target = site.resolve(inSite);
        written.add(inSite);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.createDirectories(target.getParent());
        AtomicWrite.write(target, bytes);
    }

    /** Pages of deleted articles and topics, pictures no page shows: a site shows only what the library has. */
    private void removeWhatIsGone() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String relative = site.relativize(file).toString().replace('\\', '/');
            if (!written.contains(relative)) {
                Files.deleteIfExists(file);
            }
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path folder : walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!folder.equals(site)) {
                    try (Stream<Path> inside = Files.list(folder)) {
                        if (inside.findAny().isEmpty()) {
                            Files.delete(folder);
                        }
                    }
                }
            }
        }
    }

    /** "large-print" as "Large print". */
    static String label(String layoutName) {
        String words = layoutName.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
