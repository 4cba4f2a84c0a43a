package org.hearth.hub.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.hearth.referrals.TriageOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily hub's figures on the insights dashboard and in the board report (section {@link Section#HUB}): the
 * meetings held, the cases reviewed (decided at a meeting), the cases a day, the cases not reached and carried to
 * the next meeting, and the decisions by kind (a case deciding several things counts under each), in the meetings of
 * the period (their day) in one area or all. Counts only, each suppressed.
 */
@Component
class HubIndicators extends SqlSectionIndicators {

    HubIndicators(JdbcClient jdbc) {
        super(Section.HUB, jdbc);
    }

    private record Counts(long meetings, long reviewed, long notReached, long onAgenda) {
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        Counts c = jdbc.sql("""
                SELECT count(DISTINCT m.id) FILTER (WHERE m.started_at IS NOT NULL) AS meetings,
                       count(c.id) FILTER (WHERE c.decided_at IS NOT NULL) AS reviewed,
                       count(c.id) FILTER (WHERE c.not_reached) AS not_reached,
                       count(c.id) AS on_agenda
                FROM hub_meeting m LEFT JOIN hub_case c ON c.meeting_id = m.id
                WHERE (CAST(:area AS uuid) IS NULL OR m.area_id = :area) AND m.meets_on BETWEEN :from AND :to""")
                .param("area", areaId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Counts(rs.getLong("meetings"), rs.getLong("reviewed"), rs.getLong("not_reached"),
                        rs.getLong("on_agenda")))
                .single();
        Map<TriageOutcome, Long> byOutcome = new EnumMap<>(TriageOutcome.class);
        for (TriageOutcome o : TriageOutcome.values()) {
            byOutcome.put(o, 0L);
        }
        jdbc.sql("""
                SELECT d.outcome, count(DISTINCT c.id) FROM hub_case c JOIN hub_meeting m ON m.id = c.meeting_id
                JOIN referral_triage_decision d ON d.referral_id = c.referral_id
                WHERE c.decided_at IS NOT NULL AND (CAST(:area AS uuid) IS NULL OR m.area_id = :area)
                  AND m.meets_on BETWEEN :from AND :to
                GROUP BY d.outcome""")
                .param("area", areaId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    byOutcome.put(TriageOutcome.valueOf(rs.getString(1)), rs.getLong(2));
                });
        Suppression.Count meetings = Suppression.single(c.meetings());
        Suppression.Count reviewed = Suppression.single(c.reviewed());
        Suppression.Count notReached = Suppression.single(c.notReached());
        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline("hub-meetings", "Daily hub meetings held", meetings.cell(),
                "Meetings of the daily safeguarding hub started in the period"));
        headlines.add(headline("hub-cases-reviewed", "Cases reviewed at the daily hub", reviewed.cell(),
                "Cases decided at a hub meeting of the period (decisions made outside the meeting not counted)"));
        headlines.add(headline("hub-cases-per-meeting", "Cases reviewed per meeting",
                perMeeting(reviewed, meetings), "Cases reviewed divided by the meetings held"));
        headlines.add(headline("hub-cases-carried-over", "Cases not reached and carried over",
                notReached.cell(), "Cases on an agenda of the period that the meeting did not reach: they go "
                        + "onto the next meeting's agenda"));
        List<TriageOutcome> outcomes = List.of(TriageOutcome.values());
        long[] counts = outcomes.stream().mapToLong(byOutcome::get).toArray();
        List<Suppression.Count> suppressed = Suppression.group(counts);
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Suppression.Count n = suppressed.get(i);
            rows.add(new Table.Row(outcomes.get(i).label(), List.of(n.cell(), Suppression.percent(n, reviewed))));
        }
        Table decisions = table("hub-decisions", "Decisions at the daily hub",
                "Cases reviewed at a hub meeting of the period by decision: a case deciding several things (MARAC "
                        + "and the IDVA service) counts under each, so the percentages add up to more than 100%.",
                "Decision", List.of("Cases", "Share of cases reviewed"), rows, Table.ChartKind.BAR, List.of(0));
        return new Figures(headlines, List.of(decisions));
    }

    private static Cell perMeeting(Suppression.Count cases, Suppression.Count meetings) {
        if (meetings.raw() == 0) {
            return Cell.none();
        }
        if (!cases.shown() || !meetings.shown()) {
            return Cell.hidden();
        }
        BigDecimal v = BigDecimal.valueOf(cases.raw()).divide(BigDecimal.valueOf(meetings.raw()), 1,
                RoundingMode.HALF_UP);
        return Cell.shown(v.toPlainString(), v);
    }
}
