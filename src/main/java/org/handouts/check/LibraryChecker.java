package org.handouts.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.article.ArticleLinks;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.article.Picture;
import org.handouts.article.PictureAddress;
import org.handouts.config.CheckOptions;

/**
 * Reviews a library without rendering it: everything the build validates (front matter, ids, encoding),
 * plus the plain-language and accessibility rules of {@link RuleSet}, per article.
 */
public final class LibraryChecker {

    public static final String REVIEW_DUE = "review-due";

    private final CheckOptions options;
    private final LocalDate today;

    /** The language of an article without {@code lang} (handouts.yml's {@code language}). */
    private String defaultLanguage = "en";

    /**
     * The folder local pictures must stay inside ({@link PictureAddress#projectRoot}); empty: the articles
     * folder, as for a library read without a project.
     */
    private Optional<Path> projectRoot = Optional.empty();

    public LibraryChecker(CheckOptions options, LocalDate today) {
        this.options = options;
        this.today = today;
    }

    /** Reviews articles without {@code lang} as written in {@code language}. */
    public LibraryChecker defaultLanguage(String language) {
        this.defaultLanguage = language;
        return this;
    }

    /**
     * The articles links may lead to, when the library checked is only some of them ({@code handouts check
     * one.md}): a link to an article not checked this time is still a link to an article.
     */
    private Optional<List<Article>> linkTargets = Optional.empty();

    public LibraryChecker linkTargets(List<Article> articles) {
        this.linkTargets = Optional.of(List.copyOf(articles));
        return this;
    }

    /** Judges local pictures against {@code folder}, as the build does (see {@link PictureAddress#projectRoot}). */
    public LibraryChecker projectRoot(Path folder) {
        this.projectRoot = Optional.of(folder);
        return this;
    }

    /** Checks every article the library read (and those it could not), in file order. */
    public List<CheckedArticle> check(Library library) {
        Map<Path, List<Diagnostic>> byFile = new HashMap<>();
        for (Diagnostic d : library.diagnostics()) {
            byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
        }
        // Links between articles are judged against the whole library, as the build judges them.
        ArticleLinks links = ArticleLinks.of(linkTargets.orElse(library.articles()));
        for (Article article : library.articles()) {
            for (Diagnostic d : links.missing(article)) {
                byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
            }
        }
        // Translations are checked against their originals, so this needs the whole library.
        for (Diagnostic d : TranslationReview.findings(library.articles(), defaultLanguage)) {
            byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
        }
        Map<Path, Article> articles = new HashMap<>();
        library.articles().forEach(a -> articles.put(a.file(), a));
        List<Path> files = new ArrayList<>(byFile.keySet());
        library.articles().forEach(a -> {
            if (!files.contains(a.file())) {
                files.add(a.file());
            }
        });
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<CheckedArticle> results = new ArrayList<>();
        for (Path file : files) {
            results.add(check(file, Optional.ofNullable(articles.get(file)), byFile.getOrDefault(file, List.of()), library.folder()));
        }
        return results;
    }

    /** Checks one article that was read from {@code articlesFolder}, given what the reader said about its file. */
    public CheckedArticle check(Article article, List<Diagnostic> readerDiagnostics, Path articlesFolder) {
        return check(article.file(), Optional.of(article), readerDiagnostics, articlesFolder);
    }

    CheckedArticle check(Path file, Optional<Article> article, List<Diagnostic> readerDiagnostics, Path articlesFolder) {
        List<Diagnostic> findings = new ArrayList<>(readerDiagnostics);
        Optional<ArticleReport> report = Optional.empty();
        if (article.isPresent()) {
            Article a = article.get();
            reviewDue(a).ifPresent(findings::add);
            a.missingHeroAlt().ifPresent(findings::add);
            findings.addAll(pictureProblems(a, projectRoot.orElse(articlesFolder)));
            ArticleReport articleReport = LanguageRules.check(a.lang().orElse(defaultLanguage), a.markdown(), options);
            for (Finding f : articleReport.findings()) {
                findings.add(new Diagnostic(file, f.line(), f.column(), f.severity(), f.message(), f.ruleId()));
            }
            report = Optional.of(articleReport);
        }
        findings.removeIf(d -> options.disabledRules().contains(d.rule()));
        findings.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new CheckedArticle(file, report, findings);
    }

    /**
     * What the build would say about the article's picture addresses before reading any picture: the same
     * classifier and the same words ({@link PictureAddress#problem}), so check and build agree.
     */
    public static List<Diagnostic> pictureProblems(Article article, Path projectRoot) {
        List<Diagnostic> problems = new ArrayList<>();
        article.hero().ifPresent(hero -> PictureAddress.of(hero.source(), article.file(), projectRoot)
                .problem(article.file(), hero.line(), hero.column()).ifPresent(problems::add));
        for (Picture picture : article.markdown().pictures()) {
            PictureAddress.of(picture.source(), article.file(), projectRoot)
                    .problem(article.file(), picture.at().line(), picture.at().column()).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<Diagnostic> reviewDue(Article article) {
        if (article.reviewed().isEmpty()) {
            return Optional.empty();
        }
        LocalDate reviewed = article.reviewed().get();
        if (!reviewed.plusYears(options.reviewAfterYears()).isBefore(today)) {
            return Optional.empty();
        }
        int line = article.frontMatterLine("reviewed");
        return Optional.of(Diagnostic.warning(article.file(), line, 1, "due for review: last reviewed " + reviewed
                + ", more than " + options.reviewAfterYears() + " years ago").withRule(REVIEW_DUE));
    }
}
