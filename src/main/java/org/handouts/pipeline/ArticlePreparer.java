package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import org.handouts.render.PreparedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Diagnostics;
import org.handouts.article.HeroImage;
import org.handouts.article.Rules;
import org.handouts.images.ImageOutcome;
import org.handouts.images.ImageStore;
import org.handouts.images.PreparedImage;
import org.handouts.render.ArticleBody;
import org.handouts.render.BodyBuilder;
import org.handouts.render.BodyPicture;
import org.handouts.render.GlyphCoverage;

/**
 * Turns one parsed article into the prepared form every writer reads: its body as safe XHTML with prepared
 * pictures, its hero, its related articles. A preparation an earlier build made from the same inputs is
 * taken as it is. Thread-safe: the scheduler prepares several articles at once.
 */
final class ArticlePreparer {

    private final BuildOptions options;
    private final Diagnostics diagnostics;
    private final Map<Article, List<Article>> related;
    private final PreparedArticles kept;
    private final PreparationWarnings warnings;
    private final Optional<GlyphCoverage> fontCoverage;
    private final Lazy<BodyBuilder> bodies;
    private final Lazy<ImageStore> images;

    /**
     * @param fontCoverage what the fonts can draw, to warn about characters that would print as '#'
     *                     (absent when nothing is prepared, so the fonts were not read)
     * @param defaultLanguage the language of articles without {@code lang} (handouts.yml's), for the words the
     *                     body gains (the line of an embedded video)
     */
    ArticlePreparer(BuildOptions options, Diagnostics diagnostics, Map<Article, List<Article>> related,
                    PreparedArticles kept, PreparationWarnings warnings, Optional<GlyphCoverage> fontCoverage,
                    Lazy<ImageStore> images, String defaultLanguage) {
        this.bodies = new Lazy<>(() -> new BodyBuilder(defaultLanguage));
        this.options = options;
        this.diagnostics = diagnostics;
        this.related = related;
        this.kept = kept;
        this.warnings = warnings;
        this.fontCoverage = fontCoverage;
        this.images = images;
    }

    /**
     * The article as prepared by an earlier build from the same inputs, else prepared now (and kept for the
     * next build); empty when it could not be built (its error was reported). Warnings of a kept preparation
     * are repeated by {@link PreparationWarnings}.
     */
    Optional<PreparedArticle> prepare(ArticlePlan plan) {
        Article article = plan.article();
        Optional<PreparedArticles.Entry> earlier = options.force() ? Optional.empty() : kept.load(article.slug(), plan.preparedKey());
        if (earlier.isPresent()) {
            return Optional.of(new PreparedArticle(article, earlier.get().body(), earlier.get().hero(),
                    related.getOrDefault(article, List.of())));
        }
        List<Path> pictures = Collections.synchronizedList(new ArrayList<>());
        Optional<PreparedArticle> made = prepareNow(article, pictures);
        made.ifPresent(inputs -> kept.save(article.slug(), plan.preparedKey(),
                new PreparedArticles.Entry(inputs.body(), inputs.hero(), pictures)));
        return made;
    }

    /** Converts one article's body and prepares its pictures; every prepared picture file is added to {@code pictures}. */
    private Optional<PreparedArticle> prepareNow(Article article, List<Path> pictures) {
        List<Diagnostic> found = new ArrayList<>();
        ImageStore store = images.get();
        Optional<PreparedImage> hero = Optional.empty();
        if (article.hero().isPresent()) {
            HeroImage spec = article.hero().get();
            ImageOutcome outcome = store.prepare(spec.source(), article.file(), spec.line(), spec.column());
            found.addAll(outcome.diagnostics());
            hero = outcome.image();
            hero.ifPresent(image -> pictures.add(image.file()));
        }
        ArticleBody body;
        try {
            body = bodies.get().build(article, (source, alt) -> {
                int[] where = locate(article, source);
                ImageOutcome outcome = store.prepare(source, article.file(), where[0], where[1]);
                synchronized (found) {
                    found.addAll(outcome.diagnostics());
                }
                outcome.image().ifPresent(image -> pictures.add(image.file()));
                return outcome.image().map(image -> new BodyPicture(image.uri(), image.width(), image.height()));
            }, warning -> {
                synchronized (found) {
                    found.add(warning);
                }
            });
        } catch (StackOverflowError e) {
            // The reader refuses deep nesting; whatever still overflows stops this article, not the build.
            found.add(Diagnostic.error(article.file(), article.bodyStartLine(), 1,
                    "cannot convert the Markdown: it nests too deeply to process; make it flatter").withRule(Rules.TOO_DEEP));
            diagnostics.reportAll(found);
            return Optional.empty();
        } catch (RuntimeException e) {
            found.add(Diagnostic.error(article.file(), article.bodyStartLine(), 1, "cannot convert the Markdown: " + e));
            diagnostics.reportAll(found);
            return Optional.empty();
        }
        fontCoverage.ifPresent(coverage -> found.addAll(MissingGlyphs.find(article, body, coverage)));
        // A picture used twice has one problem, said once (as check says it).
        List<Diagnostic> distinct = List.copyOf(new LinkedHashSet<>(found));
        diagnostics.reportAll(distinct);
        warnings.prepared(article.slug(), distinct);
        if (distinct.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        return Optional.of(new PreparedArticle(article, body, hero, related.getOrDefault(article, List.of())));
    }

    /** Where a picture's address is written in the article, for its warnings. */
    private static int[] locate(Article article, String source) {
        return article.markdown().pictures().stream().filter(p -> p.source().equals(source)).findFirst()
                .map(p -> new int[] {p.at().line(), p.at().column()})
                .orElse(new int[] {article.bodyStartLine(), 1});
    }
}
