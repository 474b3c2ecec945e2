package org.handouts.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handouts.article.Severity;
import org.handouts.check.CheckedArticle;

/**
 * The one line a build prints about the plain-language review: counts only, pointing at
 * {@code handouts check} for the details, so the build log stays readable.
 */
final class CheckSummary {
    private CheckSummary() { }

    static String of(List<CheckedArticle> results, double targetGrade) {
        long aboveGrade = results.stream().filter(r -> r.aboveGrade(targetGrade)).count();
        long withWarnings = results.stream().filter(r -> r.count(Severity.WARNING) > 0).count();
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
}
