package org.hearth.setup;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.insights.BoardReport;
import org.hearth.insights.BoardReports;
import org.hearth.insights.Section;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Insights for the demo: the hub's decisions spread over a realistic few days (the activity records them all the day
 * after; here most still are, some the same day, some later, deterministically from each referral's reference, never
 * later than now), and a board report for the last 12 months with commentary.
 */
final class DemoInsights {

    private final JdbcTemplate jdbc;
    private final BoardReports reports;

    DemoInsights(JdbcTemplate jdbc, BoardReports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    void load(LocalDate today) {
        jdbc.update("""
                UPDATE referral SET triaged_at = LEAST(now(), triaged_at + CASE abs(hashtext(reference)) % 20
                        WHEN 0 THEN INTERVAL '-1 day' WHEN 1 THEN INTERVAL '-1 day' WHEN 2 THEN INTERVAL '-1 day'
                        WHEN 3 THEN INTERVAL '1 day' WHEN 4 THEN INTERVAL '1 day' WHEN 5 THEN INTERVAL '2 days'
                        WHEN 6 THEN INTERVAL '4 days' WHEN 7 THEN INTERVAL '9 days' ELSE INTERVAL '0' END)
                WHERE triaged_at IS NOT NULL""");
        BoardReport report = reports.create("Partnership board: domestic abuse annual report",
                today.minusMonths(12).plusDays(1), today, null);
        reports.comment(report.id(), Map.of(
                Section.VOLUME, "Police incidents run at about 500 a month, in line with Leicester's 517. Partner-agency "
                        + "referrals are a fifth of the total; the training plan aims to raise them.",
                Section.REPEAT, "Four in ten victims were referred again within a year, close to Leeds' 44.5%. Children "
                        + "were present at three in ten incidents; schools were notified under Operation Encompass.",
                Section.HIGH_RISK, "This is the first year Hearth holds risk assessments, so there is no comparison with "
                        + "last year yet.",
                Section.MARAC, "MARAC figures are the cases discussed at the MARAC meetings held. Compare the repeat "
                        + "rate with the national 31% (SafeLives, 12 months to September 2024): a rate well below it "
                        + "suggests repeats are not being identified.",
                Section.STRATEGY, "Two actions are overdue; the coordinator is following them up with their owners."));
    }
}
