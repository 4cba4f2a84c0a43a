package org.hearth.hub.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings.Volume;
import org.hearth.partnership.AreaId;
import org.hearth.referrals.TriageOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hub's figures (aggregates only, no person): decisions by outcome, and each meeting's volumes. No access check
 * here: {@link HubAccess#requireFigures()} is the caller's.
 */
@Repository
class HubFigures {

    private final JdbcClient jdbc;

    HubFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<TriageOutcome, Integer> outcomes(AreaId area, LocalDate from, LocalDate to) {
        Map<TriageOutcome, Integer> out = new EnumMap<>(TriageOutcome.class);
        jdbc.sql("""
                SELECT d.outcome, count(DISTINCT c.id) AS cases FROM hub_case c JOIN hub_meeting m ON m.id = c.meeting_id
                JOIN referral_triage_decision d ON d.referral_id = c.referral_id
                WHERE c.decided_at IS NOT NULL AND (CAST(:area AS uuid) IS NULL OR m.area_id = :area)
                  AND m.meets_on BETWEEN :from AND :to
                GROUP BY d.outcome""")
                .param("area", area == null ? null : area.value()).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> Map.entry(TriageOutcome.valueOf(rs.getString("outcome")), rs.getInt("cases")))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    List<Volume> volumes(AreaId area, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT m.id, m.meets_on, a.name,
                       count(c.id) AS cases,
                       count(c.id) FILTER (WHERE c.decided_at IS NOT NULL) AS decided,
                       count(c.id) FILTER (WHERE c.decided_at IS NULL AND r.triage_outcome IS NOT NULL
                                           AND r.triaged_outside_meeting) AS outside,
                       count(c.id) FILTER (WHERE c.carried_over) AS carried,
                       count(c.id) FILTER (WHERE c.not_reached) AS not_reached,
                       (SELECT count(*) FROM hub_action x JOIN hub_case y ON y.id = x.case_id WHERE y.meeting_id = m.id) AS actions,
                       extract(epoch FROM (m.ended_at - m.started_at)) / 60.0 AS minutes
                FROM hub_meeting m JOIN area a ON a.id = m.area_id
                LEFT JOIN hub_case c ON c.meeting_id = m.id
                LEFT JOIN referral r ON r.id = c.referral_id
                WHERE (CAST(:area AS uuid) IS NULL OR m.area_id = :area) AND m.meets_on BETWEEN :from AND :to
                GROUP BY m.id, a.name ORDER BY m.meets_on, a.name""")
                .param("area", area == null ? null : area.value()).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    int decided = rs.getInt("decided");
                    Object minutes = rs.getObject("minutes");
                    return new Volume(new HubMeetingId(rs.getObject("id", UUID.class)),
                            rs.getDate("meets_on").toLocalDate(), rs.getString("name"), rs.getInt("cases"), decided,
                            rs.getInt("outside"), rs.getInt("carried"), rs.getInt("not_reached"), rs.getInt("actions"),
                            minutesPerCase(minutes == null ? null : ((Number) minutes).doubleValue(), decided));
                }).list();
    }

    /** The meeting's minutes per decided case, to one decimal (null when not ended or nothing decided). */
    static Double minutesPerCase(Double minutes, int decided) {
        return minutes == null || decided == 0 ? null : Math.round(minutes / decided * 10) / 10.0;
    }
}
