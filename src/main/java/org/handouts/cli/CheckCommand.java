package org.handouts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.check.CheckReportFormatter;
import org.handouts.check.CheckedArticle;
import org.handouts.check.LibraryChecker;
import org.handouts.article.PictureAddress;
import org.handouts.config.ConfigException;
import org.handouts.config.ConfigReader;
import org.handouts.config.HandoutsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Reviews articles for reading level, plain language and accessibility.",
            "",
            "Renders nothing. Looks at front matter, reading level (Flesch-Kincaid,",
            "SMOG), long sentences and paragraphs, jargon, undefined abbreviations,",
            "heading order, link text, image alt text, table headers and encoding.",
            "",
            "Prints every problem as",
            "  path:line:col: error|warning|note: message [rule-id]",
            "then one table with each article's numbers and a verdict",
            "(ready, revise, fix errors). Targets and switched-off rules come from",
            "the 'check:' section of handouts.yml (see the README for every rule).",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts check                           every article in articles/",
            "  handouts check articles/chemotherapy.md  one article",
            "  handouts check --format json > check.json",
            "",
            "Exit codes: 0 no errors, 1 errors found (with --strict: warnings too), 2 usage or configuration error."
        })
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "ARTICLE", arity = "0..*", description = "Article files to check (default: every .md and .mdx in the articles folder, at any depth).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = "--strict", description = "Exit 1 on warnings too, not only on errors.")
    boolean strict;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path articles = project.articles(spec);
        Path config = project.config(spec);
        HandoutsConfig settings;
        try {
            ConfigReader reader = new ConfigReader();
            settings = reader.read(config);
            reader.warnings().forEach(d -> err.println(d.format()));
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return 2;
        }
        Library library;
        try {
            library = Library.read(articles, files.isEmpty() ? Library.listMarkdown(articles) : sortedExisting(), settings.reading());
        } catch (IOException | IllegalArgumentException e) {
            err.println(Diagnostic.error(articles, 0, 0, e.getMessage()).format());
            return 2;
        }
        LibraryChecker checker = new LibraryChecker(settings.check(), LocalDate.now()).defaultLanguage(settings.language())
                .projectRoot(PictureAddress.projectRoot(config, articles));
        if (!files.isEmpty()) {
            // Some articles are checked, but their links may lead to any article of the library.
            try {
                checker.linkTargets(Library.read(articles, Library.listMarkdown(articles), settings.limits().maxArticleKilobytes()).articles());
            } catch (IOException | IllegalArgumentException e) {
                // The articles folder cannot be listed: links are judged against the files given.
            }
        }
        List<CheckedArticle> results = checker.check(library);
        double target = settings.check().targetGrade();
        out.print(format == Format.json ? CheckReportFormatter.json(results, target) : CheckReportFormatter.text(results, target));
        out.flush();
        boolean errors = results.stream().anyMatch(r -> r.count(Severity.ERROR) > 0);
        boolean warnings = results.stream().anyMatch(r -> r.count(Severity.WARNING) > 0);
        return errors || (strict && warnings) ? 1 : 0;
    }

    private List<Path> sortedExisting() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such article: " + file);
            }
        }
        return files.stream().sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
}
