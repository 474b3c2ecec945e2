package org.handouts.check;

import org.handouts.diagnostics.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Warns when a heading is more than one level deeper than the one before it (## then ####).
 * Screen-reader users navigate by heading level, so a skipped level reads as missing content. The
 * article title, rendered from front matter, counts as the level-1 heading before the body.
 */
public final class HeadingSkipRule implements Rule {

    public static final String ID = "heading-skip";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        int previous = 1;
        for (Heading heading : context.prose().headings()) {
            if (heading.level() > previous + 1) {
                findings.add(new Finding(heading.start(), Severity.WARNING, ID,
                        "Heading level jumps from H" + previous + " to H" + heading.level() + "; use H"
                                + (previous + 1) + " here"));
            }
            previous = heading.level();
        }
        return findings;
    }
}
