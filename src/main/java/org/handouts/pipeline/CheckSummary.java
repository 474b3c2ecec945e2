package org.handouts.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handouts.io.InputsHash;
import org.handouts.ToolFingerprint;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.Library;
import org.handouts.diagnostics.Severity;
import org.handouts.check.CheckedArticle;
import org.handouts.check.LibraryChecker;
import org.handouts.config.CheckOptions;
import org.handouts.io.AtomicWrite;

/**
 * The one line a build prints about the plain-language review: counts only, pointing at
 * {@code handouts check} for the details, so the build log stays readable.
 *
 * <p>Reviewing an article costs milliseconds, which adds up to seconds for a large library on every build,
 * so each article's two facts are kept in {@code out/.handouts-check} under a hash of its text, the check
 * settings, the day (reviews fall due with time) and the tool's version; only changed articles are reviewed.
 */
final class CheckSummary {

    static final String FILE_NAME = ".handouts-check";

    /** What the summary needs from one article's review. */
    record Facts(boolean aboveGrade, boolean hasWarnings) { }

    private CheckSummary() { }

    static String line(Library library, CheckOptions options, Path out) {
        return line(library, library.folder(), options, "en", out);
    }

    /** As above, for a library whose articles without {@code lang} are in {@code language}. */
    static String line(Library library, Path projectRoot, CheckOptions options, String language, Path out) {
        LibraryChecker checker = new LibraryChecker(options, LocalDate.now()).defaultLanguage(language).projectRoot(projectRoot);
        String settings = InputsHash.of(language + "/" + options.targetGrade() + "/" + options.maxSentenceWords() + "/"
                + options.maxParagraphSentences() + "/" + options.reviewAfterYears() + "/"
                + new java.util.TreeSet<>(options.disabledRules()), LocalDate.now().toString(), ToolFingerprint.get());
        Map<String, String> cached = load(out.resolve(FILE_NAME));
        Map<Path, List<Diagnostic>> byFile = new HashMap<>();
        library.diagnostics().forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
        Map<String, String> fresh = new HashMap<>();
        List<Facts> facts = library.articles().parallelStream().map(article -> {
            // A picture file that appears or goes away changes the review without changing the text.
            String key = InputsHash.of(settings, article.source(),
                    LibraryChecker.pictureProblems(article, projectRoot).toString());
            String known = cached.get(key);
            Facts f = known != null ? parse(known)
                    : facts(checker.check(article, byFile.getOrDefault(article.file(), List.of()), library.folder()), options.targetGrade());
            synchronized (fresh) {
                fresh.put(key, f.aboveGrade() + "," + f.hasWarnings());
            }
            return f;
        }).toList();
        save(out.resolve(FILE_NAME), fresh);
        return of(facts, options.targetGrade());
    }

    static Facts facts(CheckedArticle checked, double targetGrade) {
        return new Facts(checked.aboveGrade(targetGrade), checked.count(Severity.WARNING) > 0);
    }

    static String of(List<Facts> results, double targetGrade) {
        long aboveGrade = results.stream().filter(Facts::aboveGrade).count();
        long withWarnings = results.stream().filter(Facts::hasWarnings).count();
        if (aboveGrade == 0 && withWarnings == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (aboveGrade > 0) {
            parts.add(String.format(Locale.ROOT, "%d article%s above grade %s", aboveGrade, aboveGrade == 1 ? "" : "s",
                    targetGrade == Math.rint(targetGrade) ? Long.toString((long) targetGrade) : Double.toString(targetGrade)));
        }
        if (withWarnings > 0) {
            parts.add(withWarnings + " article" + (withWarnings == 1 ? "" : "s") + " with review warnings");
        }
        return "check: " + String.join(", ", parts) + "; run handouts check";
    }

    private static Facts parse(String value) {
        String[] parts = value.split(",");
        return new Facts(Boolean.parseBoolean(parts[0]), Boolean.parseBoolean(parts[1]));
    }

    private static Map<String, String> load(Path file) {
        Map<String, String> entries = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            // No cache yet (or unreadable): every article is reviewed.
        }
        return entries;
    }

    /** Keeps only this build's entries, so the file never grows with old versions of articles. */
    private static void save(Path file, Map<String, String> entries) {
        StringBuilder text = new StringBuilder();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        try {
            AtomicWrite.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Only a cache: the next build reviews every article again.
        }
    }
}
