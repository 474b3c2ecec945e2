package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.handouts.io.InputsHash;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.article.Library;
import org.handouts.article.TagIndex;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.LanguageReport;
import org.handouts.i18n.Translations;
import org.handouts.images.ImageCache;
import org.handouts.images.ImageStore;
import org.handouts.render.Layout;
import org.handouts.render.LayoutRepository;
import org.handouts.site.SiteWriter;

/**
 * Reads what a build is made from and decides what is up to date. Nothing here renders, loads fonts or
 * parses templates: a build with nothing to do stops after this.
 */
final class BuildPlanner {

    private static final int RELATED_LIMIT = 3;

    private final BuildOptions options;
    private final HandoutsConfig config;
    private final Diagnostics diagnostics;
    private final BuildReport report;

    BuildPlanner(BuildOptions options, HandoutsConfig config, Diagnostics diagnostics, BuildReport report) {
        this.options = options;
        this.config = config;
        this.diagnostics = diagnostics;
        this.report = report;
    }

    /** The layouts, the articles (each parsed once, its problems reported) and their topics and related articles. */
    BuildPlan.Sources readSources() throws IOException, UsageProblem {
        long t = System.nanoTime();
        LayoutRepository layouts = new LayoutRepository(options.layouts());
        List<Layout> chosen = chooseLayouts(layouts);
        for (Path partial : layouts.incompleteReplacements()) {
            diagnostics.report(Diagnostic.warning(partial, 0, 0, "has no " + Layout.ARTICLE_TEMPLATE + ", so the built-in '"
                    + partial.getFileName() + "' layout is used and the files here are not; 'handouts layouts copy "
                    + partial.getFileName() + "' (into an empty or new folder) makes a complete copy to change"));
        }
        if (!Files.isDirectory(options.articles())) {
            throw new UsageProblem(options.articles(), "articles folder not found (use --articles to point at it)");
        }
        refuseOutputAmongArticles();
        List<Path> markdown = Library.listMarkdown(options.articles());
        KeptOutlines outlines = KeptOutlines.load(options.out());
        KeptReads reads = KeptReads.load(options.out(), options.articles(), config.reading());
        Library library = Library.read(options.articles(), markdown, config.reading(), outlines, reads);
        outlines.save();
        reads.save();
        diagnostics.reportAll(library.diagnostics());
        // Said once per build, where the link is written, as 'check' says it (ArticleLinks decides for both).
        org.handouts.article.ArticleLinks links = org.handouts.article.ArticleLinks.of(library.articles());
        library.articles().forEach(article -> diagnostics.reportAll(links.missing(article)));
        TagIndex tags = new TagIndex(library.articles(), config.tagOrder());
        // Related handouts are the reader's language only; the same text in other languages is listed apart.
        Map<String, List<Article>> byLanguage = Translations.byLanguage(library.articles(), config.language());
        Map<Article, List<Article>> related = new HashMap<>();
        for (List<Article> sameLanguage : byLanguage.values()) {
            related.putAll(RelatedArticles.all(sameLanguage, RELATED_LIMIT));
        }
        diagnostics.reportAll(LanguageReport.warnings(library.articles(), config));
        report.stage("read articles", t);
        return new BuildPlan.Sources(layouts, chosen, markdown, library, tags, related,
                Translations.of(library.articles(), config.language()), List.copyOf(byLanguage.keySet()));
    }

    /**
     * Which outputs are up to date, from the hashes of their inputs ({@link InputFingerprints}) and the
     * manifest of the last build. {@code --force} makes every output stale but keeps the manifest's other
     * entries (layouts not built this time).
     */
    BuildPlan plan(BuildPlan.Sources sources, BuildManifest manifest, Supplier<ImageStore> images) throws IOException {
        long t = System.nanoTime();
        InputFingerprints fingerprints = new InputFingerprints(manifest, new ImageCache(options.cache()), images,
                options.projectRoot(), options.offline(), Instant.now());
        String environment = fingerprints.environment(options.config(), RenderSetup.fontFolders(options), config);
        // The web edition's templates (layouts/site) are no print layout's shared files: editing them re-renders no PDF.
        List<Path> layoutFolders = Stream.concat(sources.layouts().all().stream().map(Layout::folder),
                        Stream.of(sources.layouts().folder().resolve(SiteWriter.LAYOUT)))
                .map(f -> f.toAbsolutePath().normalize()).toList();
        Map<Layout, String> layoutHashes = new LinkedHashMap<>();
        for (Layout layout : sources.chosen()) {
            layoutHashes.put(layout, fingerprints.layout(layout, layout.folder().getParent(), layoutFolders));
        }
        List<Article> articles = sources.library().articles();
        fingerprints.prefetch(articles);
        Map<Article, String> articleKeys = articleKeys(fingerprints, sources);
        InputsHash libraryHash = InputsHash.start("library").add("environment", environment);
        List<ArticlePlan> plans = new ArrayList<>();
        List<Path> upToDate = new ArrayList<>();
        for (Article article : articles) {
            // The warning for a hero without alt text is given on every build, not only when the article is rendered.
            article.missingHeroAlt().ifPresent(diagnostics::report);
            String key = articleKeys.get(article);
            libraryHash.add(article.slug(), key);
            List<ArticlePlan.Output> outputs = new ArrayList<>();
            for (Layout layout : sources.chosen()) {
                Path target = options.out().resolve("pdf").resolve(layout.name()).resolve(article.slug() + ".pdf");
                String hash = InputsHash.of(environment, layoutHashes.get(layout), key);
                outputs.add(new ArticlePlan.Output(layout, target, hash, !options.force() && manifest.upToDate(target, hash)));
            }
            // The kept preparation names prepared pictures by path, so it is only good for the same image cache.
            String preparedKey = InputsHash.of(environment, key, options.cache().toAbsolutePath().normalize().toString());
            plans.add(new ArticlePlan(article, outputs, preparedKey));
            outputs.stream().filter(ArticlePlan.Output::fresh)
                    .forEach(o -> report.output(article, o.layout(), o.target(), "up to date", 0));
        }
        String libraryKey = libraryHash.hex();
        List<LibraryOutput> declared = Booklets.declare(options, config, sources.layouts(), sources.languages(), articles.size(), diagnostics);
        Map<LibraryOutput, String> staleLibrary = new LinkedHashMap<>();
        for (LibraryOutput output : declared) {
            InputsHash hash = InputsHash.start("library output").add(libraryKey);
            for (Path extra : output.extraInputs()) {
                // By name, not by path: the same project built from a subfolder names its folders differently.
                hash.add(String.valueOf(extra.getFileName()), fingerprints.files(extra));
            }
            String key = hash.hex();
            if (!options.force() && manifest.upToDate(output.file(), key)) {
                upToDate.add(output.file());
            } else {
                staleLibrary.put(output, key);
            }
        }
        plans.forEach(p -> p.outputs().stream().filter(ArticlePlan.Output::fresh).forEach(o -> upToDate.add(o.target())));
        report.stage("check inputs", t);
        return new BuildPlan(sources, plans, declared, staleLibrary, upToDate);
    }

    /**
     * Each article's input hash, worked out on every core: the planning of a one-article edit waits for all
     * of them, and each reads the article's text and the stored hashes of its pictures.
     */
    private static Map<Article, String> articleKeys(InputFingerprints fingerprints, BuildPlan.Sources sources) throws IOException {
        Map<Article, String> keys = new ConcurrentHashMap<>();
        try {
            sources.library().articles().parallelStream().forEach(article -> {
                try {
                    // The other languages' titles and addresses are printed on the handout ("Also in").
                    List<Article> shown = new ArrayList<>(sources.related().get(article));
                    sources.translations().others(article).forEach(other -> shown.add(other.article()));
                    keys.put(article, fingerprints.article(article, shown, sources.tags()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return keys;
    }

    private List<Layout> chooseLayouts(LayoutRepository layouts) throws UsageProblem {
        List<String> names = options.layoutNames().isEmpty() ? config.layouts() : options.layoutNames();
        List<Layout> chosen = new ArrayList<>();
        for (String name : names) {
            Optional<Layout> layout = layouts.find(name);
            if (layout.isEmpty()) {
                throw new UsageProblem(options.layouts(), "no layout named '" + name + "' (a layout is a folder with "
                        + Layout.ARTICLE_TEMPLATE + "; found: " + (layouts.names().isEmpty() ? "none; use --layouts-folder DIR to point at the layouts folder" : String.join(", ", layouts.names())) + ")");
            }
            if (!chosen.contains(layout.get())) {
                chosen.add(layout.get());
            }
        }
        return chosen;
    }

    /**
     * Outputs written into the articles folder (or articles inside the output folder) would mix PDFs,
     * caches and {@code .part} files with the sources, and cleaning one would touch the other.
     */
    private void refuseOutputAmongArticles() throws UsageProblem {
        Path out = realOrAbsolute(options.out());
        Path articles = realOrAbsolute(options.articles());
        if (out.startsWith(articles) || articles.startsWith(out)) {
            throw new UsageProblem(options.out(), "--out " + Diagnostic.displayPath(options.out()) + " is "
                    + (out.equals(articles) ? "the articles folder" : out.startsWith(articles) ? "inside the articles folder"
                    : "around the articles folder") + "; write the outputs to a folder of their own, such as 'out'");
        }
    }

    /** The real path of the file, or of its nearest existing parent with the rest appended. */
    private static Path realOrAbsolute(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
