package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** GOV.UK's style for dates and times. */
class DatesTest {

    @Test
    void datesAndTimesAreWrittenTheGovUkWay() {
        assertThat(Dates.day(LocalDate.of(1988, 3, 14))).isEqualTo("14 March 1988");
        assertThat(Dates.day(null)).isEmpty();
        assertThat(Dates.time(LocalTime.of(9, 30))).isEqualTo("9:30am");
        assertThat(Dates.time(LocalTime.of(9, 0))).isEqualTo("9am");
        assertThat(Dates.time(LocalTime.of(12, 0))).isEqualTo("midday");
        assertThat(Dates.time(LocalTime.of(0, 0))).isEqualTo("midnight");
        assertThat(Dates.time(LocalTime.of(12, 5))).isEqualTo("12:05pm");
        assertThat(Dates.time(LocalTime.of(23, 59))).isEqualTo("11:59pm");
        // UK time: British Summer Time in July, GMT in January
        assertThat(Dates.dayAndTime(Instant.parse("2026-07-01T08:30:00Z"))).isEqualTo("1 July 2026 at 9:30am");
        assertThat(Dates.dayAndTime(Instant.parse("2026-01-01T08:30:00Z"))).isEqualTo("1 January 2026 at 8:30am");
    }
}
