package org.hearth.encompass.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Operation Encompass and GP notifications on the insights dashboard and in the board report (section
 * {@link Section#HUB}): school notifications made in the period (UK days) and how many before the start of the
 * school's next school day, acknowledged after they were due, not acknowledged, the median hours to acknowledge;
 * GP notifications made and acknowledged, by the practice's routine enquiry. By the school's (or practice's) area.
 * Counts only, each suppressed.
 */
@Component
class EncompassIndicators extends SqlSectionIndicators {

    EncompassIndicators(JdbcClient jdbc) {
        super(Section.HUB, jdbc);
    }

    private record School(long made, long beforeDue, long acknowledged, long acknowledgedLate, long open) {
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        Timestamp start = Timestamp.from(from.atStartOfDay(Dates.UK).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Dates.UK).toInstant());
        School s = jdbc.sql("""
                SELECT count(*) AS made,
                       count(*) FILTER (WHERE n.created_at <= n.due_at) AS before_due,
                       count(*) FILTER (WHERE n.acknowledged_at IS NOT NULL) AS acknowledged,
                       count(*) FILTER (WHERE n.acknowledged_at > n.due_at) AS late,
                       count(*) FILTER (WHERE n.acknowledged_at IS NULL) AS open
                FROM encompass_notification n JOIN school s ON s.id = n.school_id
                WHERE n.created_at >= :start AND n.created_at < :end
                  AND (CAST(:area AS uuid) IS NULL OR s.area_id = :area)""")
                .param("start", start).param("end", end).param("area", areaId)
                .query((rs, n) -> new School(rs.getLong("made"), rs.getLong("before_due"), rs.getLong("acknowledged"),
                        rs.getLong("late"), rs.getLong("open")))
                .single();
        List<Long> minutesToAcknowledge = jdbc.sql("""
                SELECT CAST(extract(epoch FROM n.acknowledged_at - n.created_at) / 60 AS bigint)
                FROM encompass_notification n JOIN school s ON s.id = n.school_id
                WHERE n.created_at >= :start AND n.created_at < :end AND n.acknowledged_at IS NOT NULL
                  AND (CAST(:area AS uuid) IS NULL OR s.area_id = :area)""")
                .param("start", start).param("end", end).param("area", areaId).query(Long.class).list();

        Suppression.Count made = Suppression.single(s.made());
        // made before due and made late add up to the notifications made
        List<Suppression.Count> timeliness = Suppression.group(s.beforeDue(), s.made() - s.beforeDue());
        // acknowledged in time, acknowledged late and not acknowledged add up to them too
        List<Suppression.Count> acknowledgement = Suppression.group(s.acknowledged() - s.acknowledgedLate(),
                s.acknowledgedLate(), s.open());
        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline("encompass-made", "School notifications (Operation Encompass)",
                made.cell(), "Notifications to a child's school after a police incident, made in the period"));
        headlines.add(headline("encompass-before-next-school-day",
                "School notifications sent before the next school day", Suppression.percent(timeliness.get(0), made),
                "Made before the start of the school's next school day after the incident, of those made"));
        headlines.add(headline("encompass-late", "School notifications sent late",
                timeliness.get(1).cell(), "Made after the start of the school's next school day"));
        headlines.add(headline("encompass-unacknowledged", "School notifications not acknowledged",
                acknowledgement.get(2).cell(), "Not yet acknowledged by the school's key adult"));
        headlines.add(headline("encompass-hours-to-acknowledge", "Median time to acknowledge",
                hours(minutesToAcknowledge), "From the notification to the key adult's acknowledgement, "
                        + "of those acknowledged (shown with 5 or more)"));

        Table schools = table("encompass-timeliness", "School notifications",
                "Notifications to schools made in the period: whether before the start of the school's next school "
                        + "day, and whether the key adult acknowledged them before it.",
                "Notifications", List.of("Notifications", "Share"),
                List.of(row("Sent before the next school day", timeliness.get(0), made),
                        row("Sent late", timeliness.get(1), made),
                        row("Acknowledged before due", acknowledgement.get(0), made),
                        row("Acknowledged after due", acknowledgement.get(1), made),
                        row("Not acknowledged", acknowledgement.get(2), made)),
                Table.ChartKind.BAR, List.of(0));

        List<RoutineEnquiry> kinds = List.of(RoutineEnquiry.values());
        long[][] gp = new long[kinds.size()][2];
        jdbc.sql("""
                SELECT p.routine_enquiry, count(*) AS made, count(n.acknowledged_at) AS acknowledged
                FROM gp_notification n JOIN gp_practice p ON p.id = n.practice_id
                WHERE n.created_at >= :start AND n.created_at < :end
                  AND (CAST(:area AS uuid) IS NULL OR p.area_id = :area)
                GROUP BY p.routine_enquiry""")
                .param("start", start).param("end", end).param("area", areaId)
                .query(rs -> {
                    int i = kinds.indexOf(RoutineEnquiry.valueOf(rs.getString(1)));
                    gp[i][0] = rs.getLong(2);
                    gp[i][1] = rs.getLong(3);
                });
        long gpMade = 0;
        for (long[] r : gp) {
            gpMade += r[0];
        }
        headlines.add(headline("gp-notifications", "GP notifications", Suppression.single(gpMade).cell(),
                "Notifications to the victim's and the perpetrator's GP practice of a hub or MARAC case, made in the "
                        + "period"));
        List<Table.Row> gpRows = Suppression.rows(kinds.stream().map(RoutineEnquiry::label).toList(), gp, false);
        Table practices = table("gp-notifications-by-routine-enquiry",
                "GP notifications by the practice's routine enquiry",
                "Notifications made in the period to practices that undertake routine enquiry about domestic abuse, "
                        + "are in discussion, or do not: where rolling it out would reach most.",
                "Routine enquiry", List.of("Notifications", "Acknowledged"), gpRows, Table.ChartKind.BAR, List.of(0));
        return new Figures(headlines, List.of(schools, practices));
    }

    private static Table.Row row(String label, Suppression.Count count, Suppression.Count of) {
        return new Table.Row(label, List.of(count.cell(), Suppression.percent(count, of)));
    }

    private static org.hearth.insights.Cell hours(List<Long> minutes) {
        org.hearth.insights.Cell median = Suppression.median(minutes, "");
        if (!median.isShown()) {
            return median;
        }
        java.math.BigDecimal h = new java.math.BigDecimal(median.value().toString())
                .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
        return org.hearth.insights.Cell.shown(h.toPlainString() + " hours", h);
    }
}
