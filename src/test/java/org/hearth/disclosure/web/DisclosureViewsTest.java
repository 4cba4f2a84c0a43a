package org.hearth.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Route;
import org.junit.jupiter.api.Test;

/** The 28-day clock in words, and the figures through the small-number suppression. */
class DisclosureViewsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 1);

    @Test
    void theClockCountsTwentyEightCalendarDaysFromReceipt() {
        assertThat(Application.dueOn(RECEIVED)).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(DisclosureViews.clock(RECEIVED, null, RECEIVED)).isEqualTo("Day 0 of 28: 28 days left");
        assertThat(DisclosureViews.clock(RECEIVED, null, LocalDate.of(2026, 3, 28))).isEqualTo("Day 27 of 28: 1 day left");
        assertThat(DisclosureViews.clock(RECEIVED, null, LocalDate.of(2026, 3, 29))).isEqualTo("Day 28 of 28: due today");
        assertThat(DisclosureViews.clock(RECEIVED, null, LocalDate.of(2026, 3, 30))).isEqualTo("Overdue by 1 day");
        assertThat(DisclosureViews.clock(RECEIVED, LocalDate.of(2026, 3, 21), LocalDate.of(2026, 5, 1)))
                .isEqualTo("Closed in 20 days");
        assertThat(DisclosureViews.clock(RECEIVED, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .isEqualTo("Closed in 31 days (over the 28-day target)");
    }

    @Test
    void smallCountsAreSuppressedAndTheirPercentagesHidden() {
        Map<Route, DisclosureFigures.Row> rows = new EnumMap<>(Route.class);
        rows.put(Route.RIGHT_TO_ASK, new DisclosureFigures.Row(40, 20, 12, 8, 25, 640));
        rows.put(Route.RIGHT_TO_KNOW, new DisclosureFigures.Row(7, 3, 2, 2, 4, 90));
        List<List<String>> table = DisclosureViews.figures(new DisclosureFigures(RECEIVED, RECEIVED, rows));
        assertThat(table.get(0)).containsExactly("Right to Ask", "40", "20", "12", "8", "63%", "20.0", "78%");
        // 3, 2 and 2: every one under 5; the percentage of disclosures is not shown either
        assertThat(table.get(1)).containsExactly("Right to Know", "7", "<5", "<5", "<5", "[c]", "18.0", "[c]");
        assertThat(table.get(2).get(0)).isEqualTo("All applications");
        assertThat(table.get(2).get(1)).isEqualTo("47");
    }
}
