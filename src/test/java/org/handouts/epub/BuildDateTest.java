package org.handouts.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildDateTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2030-05-06T07:08:09.123Z"), ZoneOffset.UTC);

    @Test
    void sourceDateEpochFixesTheDate() {
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"),
                BuildDate.resolve(Optional.empty(), Map.of("SOURCE_DATE_EPOCH", "1700000000"), NOW));
    }

    @Test
    void optionsWinOverTheEnvironmentAndNowIsTheFallback() {
        Instant given = Instant.parse("2026-01-02T03:04:05Z");
        assertEquals(given, BuildDate.resolve(Optional.of(given), Map.of("SOURCE_DATE_EPOCH", "1700000000"), NOW));
        assertEquals(Instant.parse("2030-05-06T07:08:09Z"), BuildDate.resolve(Optional.empty(), Map.of(), NOW));
    }

    @Test
    void aDateThatIsNotSecondsIsRefusedWithAnExplanation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildDate.resolve(Optional.empty(), Map.of("SOURCE_DATE_EPOCH", "2026-01-01"), NOW));
        assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, got '2026-01-01'", e.getMessage());
    }
}
