package org.hearth.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.people.PersonErasure;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention on the dashboard and the board report: person records erased under the schedule in the period, and holds
 * placed by coordinators in the period and still in force at its end. Partnership-wide only (a record is not an
 * area's); counts suppressed; no id.
 */
@Component
class RetentionIndicators extends SqlSectionIndicators {

    private final PersonErasure erasure;

    RetentionIndicators(JdbcClient jdbc, PersonErasure erasure) {
        super(Section.RETENTION, jdbc);
        this.erasure = erasure;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        if (areaId != null) {
            return Figures.NONE;
        }
        long erased = erasure.erasedBetween(from, to);
        long placed = jdbc.sql("""
                SELECT count(*) FROM retention_hold WHERE (held_at AT TIME ZONE 'Europe/London')::date BETWEEN ? AND ?""")
                .params(from, to).query(Long.class).single();
        long held = jdbc.sql("""
                SELECT count(*) FROM retention_hold WHERE (held_at AT TIME ZONE 'Europe/London')::date <= ?
                  AND (released_at IS NULL OR (released_at AT TIME ZONE 'Europe/London')::date > ?)""")
                .params(to, to).query(Long.class).single();
        return new Figures(List.of(
                headline("retention-erased", "Person records erased", Suppression.single(erased).cell(),
                        "Erased in the period under the retention schedule, on a coordinator's approval"),
                headline("retention-holds-placed", "Retention holds placed",
                        Suppression.single(placed).cell(), "Records past their date that a coordinator held in the period"),
                headline("retention-holds", "Records held past their retention date",
                        Suppression.single(held).cell(), "Holds in force on " + Dates.day(to))), List.of());
    }
}
