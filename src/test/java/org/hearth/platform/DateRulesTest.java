package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A day that has happened: given, and not after today; the caller's own checks only when it is. */
class DateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aMissingDayIsAskedFor() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(DateRules.past(errors, "on", null, TODAY, "Enter the date", "Not in the future")).isFalse();
        assertThat(errors).containsExactly(Map.entry("on", "Enter the date"));
    }

    @Test
    void aDayAfterTodayIsRefused() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(DateRules.past(errors, "on", TODAY.plusDays(1), TODAY, "Enter the date", "Not in the future"))
                .isFalse();
        assertThat(errors).containsExactly(Map.entry("on", "Not in the future"));
    }

    @Test
    void todayAndEarlierPass() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(DateRules.past(errors, "on", TODAY, TODAY, "Enter the date", "Not in the future")).isTrue();
        assertThat(DateRules.past(errors, "on", TODAY.minusYears(1), TODAY, "Enter the date", "Not in the future"))
                .isTrue();
        assertThat(errors).isEmpty();
    }
}
