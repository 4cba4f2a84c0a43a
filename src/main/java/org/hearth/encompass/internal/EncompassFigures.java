package org.hearth.encompass.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.hearth.encompass.Encompass.Figures;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A period's Operation Encompass figures (aggregates and school names only, no child). No access check here:
 * {@link EncompassAccess#requireFigures()} is the caller's.
 */
@Repository
class EncompassFigures {

    private final JdbcClient jdbc;

    EncompassFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures of(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(Dates.UK).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Dates.UK).toInstant());
        List<String> never = jdbc.sql("""
                SELECT s.name FROM encompass_notification n JOIN school s ON s.id = n.school_id
                WHERE n.created_at >= :start AND n.created_at < :end
                GROUP BY s.id, s.name HAVING count(n.acknowledged_at) = 0 ORDER BY count(*) DESC, s.name LIMIT 50""")
                .param("start", start).param("end", end).query(String.class).list();
        return jdbc.sql("""
                SELECT count(*) AS made,
                       count(*) FILTER (WHERE created_at <= due_at) AS before_due,
                       count(*) FILTER (WHERE acknowledged_at IS NOT NULL) AS acknowledged,
                       count(*) FILTER (WHERE acknowledged_at > due_at) AS late,
                       count(*) FILTER (WHERE acknowledged_at IS NULL) AS open,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at) / 3600.0)
                           FILTER (WHERE acknowledged_at IS NOT NULL) AS median
                FROM encompass_notification WHERE created_at >= :start AND created_at < :end""")
                .param("start", start).param("end", end)
                .query((rs, n) -> new Figures(rs.getInt("made"), rs.getInt("before_due"), rs.getInt("acknowledged"),
                        rs.getInt("late"), rs.getInt("open"), oneDecimal((Number) rs.getObject("median")), never))
                .single();
    }

    /** Hours to one decimal (null stays null). */
    static Double oneDecimal(Number hours) {
        return hours == null ? null : Math.round(hours.doubleValue() * 10) / 10.0;
    }
}
