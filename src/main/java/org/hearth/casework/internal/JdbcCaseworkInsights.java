package org.hearth.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseworkInsights;
import org.hearth.casework.OutcomeAnswer;
import org.hearth.casework.ServiceFigures;
import org.hearth.casework.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcCaseworkInsights implements CaseworkInsights {

    private final JdbcClient jdbc;
    private final JdbcCasework cases;

    JdbcCaseworkInsights(JdbcClient jdbc, JdbcCasework cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    public List<ServiceFigures> figures(LocalDate from, LocalDate to) {
        return compute(null, from, to);
    }

    @Override
    public ServiceFigures figures(CaseServiceId service, LocalDate from, LocalDate to) {
        Actor me = Roles.actor();
        if (jdbc.sql("SELECT count(*) FROM casework_service WHERE id = ?").param(service.value()).query(Long.class)
                .single() == 0) {
            throw new java.util.NoSuchElementException("No such service");
        }
        if (!Roles.admin() && (me.apiClient() || !Roles.casework() || !cases.managerOf(service, me.actorId()))) {
            throw new AccessDeniedException("For the service's managers");
        }
        return compute(service.value(), from, to).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such service"));
    }

    private List<ServiceFigures> compute(UUID only, LocalDate from, LocalDate to) {
        // the latest outcome of a stage per case
        Map<UUID, Map<String, Map<OutcomeAnswer, Long>>> exits = new HashMap<>();
        jdbc.sql("""
                WITH closed AS (
                    SELECT c.id, c.service_id FROM casework_case c
                    WHERE c.status = 'CLOSED' AND c.closed_on BETWEEN :from AND :to
                      AND (CAST(:only AS uuid) IS NULL OR c.service_id = :only)),
                exit AS (
                    SELECT DISTINCT ON (o.case_id) o.id, k.service_id FROM casework_outcome o
                    JOIN closed k ON k.id = o.case_id WHERE o.stage = 'EXIT'
                    ORDER BY o.case_id, o.recorded_on DESC, o.recorded_at DESC)
                SELECT e.service_id, a.measure_code, a.answer, count(*) FROM exit e
                JOIN casework_outcome_answer a ON a.outcome_id = e.id
                GROUP BY e.service_id, a.measure_code, a.answer""")
                .param("from", from).param("to", to).param("only", only)
                .query((rs, n) -> exits.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new EnumMap<>(OutcomeAnswer.class))
                        .put(OutcomeAnswer.valueOf(rs.getString(3)), rs.getLong(4))).list();
        return jdbc.sql("""
                WITH referred AS (
                    SELECT c.* FROM casework_case c WHERE c.referred_on BETWEEN :from AND :to),
                closed AS (
                    SELECT c.* FROM casework_case c WHERE c.status = 'CLOSED' AND c.closed_on BETWEEN :from AND :to),
                risks AS (
                    SELECT k.service_id,
                        (SELECT o.risk FROM casework_outcome o WHERE o.case_id = k.id AND o.stage = 'INTAKE'
                         ORDER BY o.recorded_on DESC, o.recorded_at DESC LIMIT 1) AS intake,
                        (SELECT o.risk FROM casework_outcome o WHERE o.case_id = k.id AND o.stage = 'EXIT'
                         ORDER BY o.recorded_on DESC, o.recorded_at DESC LIMIT 1) AS exit
                    FROM closed k)
                SELECT s.id, s.name, s.kind, s.full_time_low, s.full_time_high,
                    COALESCE((SELECT sum(w.fte) FROM casework_worker w WHERE w.service_id = s.id), 0) AS fte,
                    (SELECT count(*) FROM casework_case c WHERE c.service_id = s.id AND c.status = 'OPEN') AS open,
                    (SELECT count(*) FROM referred r WHERE r.service_id = s.id) AS referred,
                    (SELECT count(*) FROM referred r WHERE r.service_id = s.id AND r.first_contact_at IS NOT NULL
                       AND (r.first_contact_at AT TIME ZONE 'Europe/London')::date <= r.first_contact_due) AS in_target,
                    (SELECT count(*) FROM referred r WHERE r.service_id = s.id AND r.first_contact_at IS NOT NULL
                       AND (r.first_contact_at AT TIME ZONE 'Europe/London')::date > r.first_contact_due) AS late,
                    (SELECT count(*) FROM referred r WHERE r.service_id = s.id AND r.first_contact_at IS NULL) AS none,
                    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                        (r.first_contact_at AT TIME ZONE 'Europe/London')::date - r.referred_on)
                     FROM referred r WHERE r.service_id = s.id AND r.first_contact_at IS NOT NULL) AS median,
                    (SELECT count(*) FROM referred r WHERE r.service_id = s.id AND r.engagement = 'ENGAGED') AS engaged,
                    (SELECT count(*) FROM closed k WHERE k.service_id = s.id) AS closed,
                    (SELECT count(*) FROM closed k WHERE k.service_id = s.id AND EXISTS (
                        SELECT 1 FROM casework_outcome o WHERE o.case_id = k.id AND o.stage = 'EXIT')) AS with_exit,
                    (SELECT count(*) FROM risks x WHERE x.service_id = s.id AND x.intake IS NOT NULL
                       AND x.exit IS NOT NULL) AS compared,
                    (SELECT count(*) FROM risks x WHERE x.service_id = s.id
                       AND array_position(ARRAY['STANDARD','MEDIUM','HIGH'], x.exit)
                         < array_position(ARRAY['STANDARD','MEDIUM','HIGH'], x.intake)) AS lower,
                    (SELECT count(*) FROM risks x WHERE x.service_id = s.id AND x.exit = x.intake) AS same,
                    (SELECT count(*) FROM risks x WHERE x.service_id = s.id
                       AND array_position(ARRAY['STANDARD','MEDIUM','HIGH'], x.exit)
                         > array_position(ARRAY['STANDARD','MEDIUM','HIGH'], x.intake)) AS higher
                FROM casework_service s WHERE CAST(:only AS uuid) IS NULL OR s.id = :only
                ORDER BY s.name""")
                .param("from", from).param("to", to).param("only", only)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    BigDecimal fte = rs.getBigDecimal("fte");
                    double median = rs.getDouble("median");
                    boolean noMedian = rs.wasNull();
                    return new ServiceFigures(new CaseServiceId(id), rs.getString("name"),
                            ServiceKind.valueOf(rs.getString("kind")), from, to, fte, rs.getLong("open"),
                            scaled(rs.getInt("full_time_low"), fte), scaled(rs.getInt("full_time_high"), fte),
                            rs.getLong("referred"), rs.getLong("in_target"), rs.getLong("late"), rs.getLong("none"),
                            noMedian ? null : median, rs.getLong("engaged"), rs.getLong("closed"),
                            rs.getLong("with_exit"), exits.getOrDefault(id, Map.of()), rs.getLong("compared"),
                            rs.getLong("lower"), rs.getLong("same"), rs.getLong("higher"));
                }).list();
    }

    /** The guide for these hours, rounded half up (as a worker's caseload). */
    static int scaled(int fullTime, BigDecimal fte) {
        return BigDecimal.valueOf(fullTime).multiply(fte).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
