package org.handouts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsOnTerminalPunctuation() {
        assertEquals(List.of("You may feel tired.", "Rest often!", "Is that normal?", "Yes."),
                SentenceSplitter.split("You may feel tired. Rest often! Is that normal? Yes."));
    }

    @Test
    void keepsCommonAbbreviationsInsideTheSentence() {
        assertEquals(List.of("Ask Dr. Lee or Mrs. Smith about foods, e.g. Bread, rice, etc. and water.",
                        "Compare surgery vs. Radiation, i.e. Two choices."),
                SentenceSplitter.split("Ask Dr. Lee or Mrs. Smith about foods, e.g. Bread, rice, etc. and water. "
                        + "Compare surgery vs. Radiation, i.e. Two choices."));
    }

    @Test
    void keepsDecimalsAndNumbers() {
        assertEquals(List.of("Take 2.5 mg twice a day.", "Drink 1.5 liters."),
                SentenceSplitter.split("Take 2.5 mg twice a day. Drink 1.5 liters."));
    }

    @Test
    void keepsInitialsButNotASentenceEndingInACapital() {
        assertEquals(List.of("John F. Kennedy and J. R. Smith spoke."),
                SentenceSplitter.split("John F. Kennedy and J. R. Smith spoke."));
        assertEquals(List.of("Take vitamin D.", "It helps bones."),
                SentenceSplitter.split("Take vitamin D. It helps bones."));
    }

    @Test
    void splitsAfterEtcWhenTheNextWordIsCapitalised() {
        assertEquals(List.of("Bring pills, notes, etc.", "Then wait."),
                SentenceSplitter.split("Bring pills, notes, etc. Then wait."));
    }

    @Test
    void handlesQuotesAndParentheses() {
        assertEquals(List.of("She said \"rest.\"", "(Drink water.)", "Then sleep."),
                SentenceSplitter.split("She said \"rest.\" (Drink water.) Then sleep."));
    }

    @Test
    void keepsATextWithoutFinalPunctuation() {
        assertEquals(List.of("Nausea and vomiting"), SentenceSplitter.split("  Nausea and vomiting "));
        assertEquals(List.of(), SentenceSplitter.split("   "));
    }

    @Test
    void doesNotSplitUrlsOrLowercaseContinuations() {
        assertEquals(List.of("See cancer.gov for details, approx. five pages."),
                SentenceSplitter.split("See cancer.gov for details, approx. five pages."));
    }
}
