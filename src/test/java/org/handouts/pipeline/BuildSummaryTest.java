package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The build's last line says how long it took, even when a warm daemon makes that a few hundredths. */
class BuildSummaryTest {
    @Test
    void aBuildUnderATenthOfASecondIsNotShownAsNoTimeAtAll() {
        assertEquals("0.04 s", Build.seconds(42));
        assertEquals("0.10 s", Build.seconds(99));
        assertEquals("0.1 s", Build.seconds(100));
        assertEquals("1.4 s", Build.seconds(1_420));
        assertEquals("250.0 s", Build.seconds(250_000));
    }
}
