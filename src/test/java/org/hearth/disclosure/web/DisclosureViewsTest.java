package org.hearth.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.DisclosureClock;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Route;
import org.junit.jupiter.api.Test;

/** The 28-day clock in words, and the figures through the small-number suppression. */
class DisclosureViewsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 1);

    @Test
    void theClockCountsTwentyEightCalendarDaysFromReceipt() {
        assertThat(Application.dueOn(RECEIVED)).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(clock(null, null, null, RECEIVED)).isEqualTo("Day 0 of 28: 28 days left");
        assertThat(clock(null, null, null, LocalDate.of(2026, 3, 28))).isEqualTo("Day 27 of 28: 1 day left");
        assertThat(clock(null, null, null, LocalDate.of(2026, 3, 29))).isEqualTo("Day 28 of 28: due today");
        assertThat(clock(null, null, null, LocalDate.of(2026, 3, 30))).isEqualTo("Overdue by 1 day");
        assertThat(clock(null, null, LocalDate.of(2026, 3, 21), LocalDate.of(2026, 5, 1)))
                .isEqualTo("Closed in 20 days");
        assertThat(clock(LocalDate.of(2026, 3, 20), true, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .isEqualTo("Closed in 31 days (over the 28-day target)");
    }

    @Test
    void aDecisionNotToDiscloseStopsTheClockAndADecisionToDiscloseLeavesTheDisclosureRunning() {
        LocalDate late = LocalDate.of(2026, 4, 15);
        // not to disclose: the 28 days ran to the decision, never "overdue" after it
        DisclosureClock inTime = new DisclosureClock(RECEIVED, LocalDate.of(2026, 3, 24), false, null);
        assertThat(inTime.overdue(late)).isFalse();
        assertThat(DisclosureViews.clock(inTime, late)).isEqualTo("Decided in 23 days; outcome to record");
        DisclosureClock lateDecision = new DisclosureClock(RECEIVED, LocalDate.of(2026, 4, 5), false, null);
        assertThat(lateDecision.overdue(late)).isFalse();
        assertThat(DisclosureViews.clock(lateDecision, late)).isEqualTo("Decided 7 days late; outcome to record")
                .doesNotContain("Overdue");
        assertThat(clock(LocalDate.of(2026, 4, 5), false, LocalDate.of(2026, 4, 10), late))
                .isEqualTo("Decided 7 days late; closed in 40 days");
        // to disclose: the decision's time, and the disclosure itself still against the 28 days
        DisclosureClock toDisclose = new DisclosureClock(RECEIVED, LocalDate.of(2026, 3, 21), true, null);
        assertThat(DisclosureViews.clock(toDisclose, LocalDate.of(2026, 3, 22)))
                .isEqualTo("Decided in 20 days; disclosure due in 7 days");
        assertThat(toDisclose.overdue(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(DisclosureViews.clock(toDisclose, LocalDate.of(2026, 4, 1)))
                .isEqualTo("Decided in 20 days; disclosure overdue by 3 days");
    }

    @Test
    void theApplicantsRelationshipIsOnItsOwnRowAsTyped() {
        assertThat(DisclosureViews.relationship("Sister")).isEqualTo("Sister");
        assertThat(DisclosureViews.relationship("The person at risk"))
                .isEqualTo("They asked for themselves");
    }

    static String clock(LocalDate decided, Boolean disclose, LocalDate closed, LocalDate today) {
        return DisclosureViews.clock(new DisclosureClock(RECEIVED, decided, disclose, closed), today);
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
