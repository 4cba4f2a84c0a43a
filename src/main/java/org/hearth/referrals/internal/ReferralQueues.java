package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.HubCandidate;
import org.hearth.referrals.QueueEntry;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.risk.RiskGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals waiting for a decision, SQL only: the triage queue (highest risk first), the hub's agenda of an area
 * and the cases with no area, and the count waiting. The victims' latest assessments come from the risk module's
 * read model of the waiting referrals (the view {@code risk_waiting_band}), never its tables.
 */
@Component
class ReferralQueues {

    private final JdbcClient jdbc;

    ReferralQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ordered in the database, so the highest risk is first however long the queue: by the victim's latest risk
     * assessment (the risk module's read model {@code risk_waiting_band}, one row a waiting referral, kept in the
     * transaction that records an assessment or writes the referral: never written here), then the longest waiting.
     * A referral never assessed ranks with high risk: it may be the most dangerous one. Within a band, oldest first,
     * so the order is stable.
     */
    List<QueueEntry> triageQueue(UUID areaId, UUID agencyId, int offset, int limit) {
        // the page's referrals are chosen first, on the referral and its victim's latest assessment alone; only
        // those (a page, not the whole queue) are then joined to names, agencies, areas and their flags
        return jdbc.sql("""
                WITH page AS (
                    SELECT r.id, risk.score, risk.final_grade, risk.visible_high_risk,
                           CASE WHEN risk.final_grade IS NULL OR risk.final_grade = 'HIGH' THEN 0
                                WHEN risk.final_grade = 'MEDIUM' THEN 1 ELSE 2 END AS band
                    FROM referral r
                    LEFT JOIN risk_waiting_band risk ON risk.referral_id = r.id
                    WHERE r.triage_outcome IS NULL
                      AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)
                      AND (CAST(:agency AS uuid) IS NULL OR r.referring_agency_id = :agency)
                    ORDER BY band, r.received_on, r.created_at, r.id
                    LIMIT :limit OFFSET :offset)
                SELECT r.id, r.reference, r.victim_id, p.given_name || ' ' || p.family_name AS victim, a.name AS agency,
                       ar.name AS area, r.received_on, (current_date - r.received_on) AS waiting,
                       page.score, page.final_grade, coalesce(page.visible_high_risk, false) AS visible_high_risk,
                       EXISTS (SELECT 1 FROM referral o WHERE o.victim_id = r.victim_id AND o.id <> r.id
                               AND o.received_on BETWEEN r.received_on - 365 AND r.received_on) AS repeat_victim,
                       EXISTS (SELECT 1 FROM referral_child c WHERE c.referral_id = r.id AND c.present) AS children_present
                FROM page
                JOIN referral r ON r.id = page.id
                JOIN person p ON p.id = r.victim_id
                JOIN agency a ON a.id = r.referring_agency_id
                LEFT JOIN area ar ON ar.id = r.area_id
                ORDER BY page.band, r.received_on, r.created_at, r.id""")
                .param("area", areaId).param("agency", agencyId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new QueueEntry(new ReferralId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"), new PersonId(rs.getObject("victim_id", UUID.class)),
                        rs.getString("victim"), rs.getString("agency"), rs.getString("area"),
                        rs.getDate("received_on").toLocalDate(), rs.getInt("waiting"), (Integer) rs.getObject("score"),
                        rs.getString("final_grade") == null ? null : RiskGrade.valueOf(rs.getString("final_grade")),
                        rs.getBoolean("visible_high_risk"), rs.getBoolean("repeat_victim"),
                        rs.getBoolean("children_present")))
                .list();
    }

    private static final String HUB_CANDIDATE = """
            SELECT r.id, r.reference, r.source, r.received_on, r.victim_id,
                   coalesce(r.area_id, a.area_id) AS area,
                   CASE WHEN risk.final_grade = 'HIGH' OR r.police_risk_grade = 'HIGH' THEN 'HIGH'
                        WHEN risk.final_grade = 'MEDIUM' OR r.police_risk_grade = 'MEDIUM' THEN 'MEDIUM'
                        WHEN risk.final_grade IS NOT NULL OR r.police_risk_grade IS NOT NULL THEN 'STANDARD' END AS grade,
                   coalesce(risk.score, r.police_risk_score) AS score,
                   EXISTS (SELECT 1 FROM referral o WHERE o.victim_id = r.victim_id AND o.id <> r.id
                           AND o.received_on BETWEEN r.received_on - 365 AND r.received_on) AS repeat_victim,
                   EXISTS (SELECT 1 FROM referral_perpetrator rp JOIN referral_perpetrator op ON op.person_id = rp.person_id
                           JOIN referral o ON o.id = op.referral_id
                           WHERE rp.referral_id = r.id AND o.victim_id <> r.victim_id) AS serial,
                   (SELECT coalesce(array_agg(rp.person_id ORDER BY rp.person_id), '{}') FROM referral_perpetrator rp
                    WHERE rp.referral_id = r.id) AS perpetrators,
                   (SELECT coalesce(array_agg(rc.person_id::text || ':' || rc.present ORDER BY rc.person_id), '{}')
                    FROM referral_child rc WHERE rc.referral_id = r.id) AS children
            FROM referral r
            JOIN agency a ON a.id = r.referring_agency_id
            LEFT JOIN risk_waiting_band risk ON risk.referral_id = r.id
            """;

    private static HubCandidate hubCandidate(java.sql.ResultSet rs, int n)
            throws java.sql.SQLException {
        List<PersonId> perps = Arrays.stream((Object[]) rs.getArray("perpetrators").getArray())
                .map(o -> new PersonId(o instanceof UUID u ? u : UUID.fromString(o.toString()))).toList();
        List<ChildAtIncident> kids = Arrays.stream((Object[]) rs.getArray("children").getArray())
                .map(Object::toString).map(s -> s.split(":"))
                .map(p -> new ChildAtIncident(new PersonId(UUID.fromString(p[0])), p[1].startsWith("t")))
                .toList();
        return new HubCandidate(new ReferralId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), ReferralSource.valueOf(rs.getString("source")),
                rs.getDate("received_on").toLocalDate(), new PersonId(rs.getObject("victim_id", UUID.class)),
                perps, kids, rs.getString("grade") == null ? null : RiskGrade.valueOf(rs.getString("grade")),
                (Integer) rs.getObject("score"), rs.getBoolean("repeat_victim"), rs.getBoolean("serial"),
                rs.getObject("area") != null);
    }

    /** The undecided referrals of an area received in [from, before), with those carried from an earlier agenda. */
    List<HubCandidate> hubCandidates(AreaId area, LocalDate from, LocalDate before, Collection<ReferralId> carried) {
        UUID[] carriedIds = carried.stream().map(ReferralId::value).toArray(UUID[]::new);
        // a referral whose area nobody knows is on no area's agenda (it would reach every area's representatives):
        // it waits on the coordinators' list of cases with no area (withoutArea) until one places it
        return jdbc.sql(HUB_CANDIDATE + """
                WHERE r.triage_outcome IS NULL
                  AND coalesce(r.area_id, a.area_id) = :area
                  AND ((r.received_on >= :from AND r.received_on < :before) OR r.id = ANY(:carried))""")
                .param("area", area.value()).param("from", java.sql.Date.valueOf(from))
                .param("before", java.sql.Date.valueOf(before)).param("carried", carriedIds)
                .query(ReferralQueues::hubCandidate).list();
    }

    /** Undecided referrals whose area nobody knows, the oldest first (at most 500). */
    List<HubCandidate> withoutArea() {
        return jdbc.sql(HUB_CANDIDATE + """
                WHERE r.triage_outcome IS NULL AND r.area_id IS NULL AND a.area_id IS NULL
                ORDER BY r.received_on, r.reference LIMIT 500""")
                .query(ReferralQueues::hubCandidate).list();
    }

    long waiting(UUID areaId, UUID agencyId) {
        return jdbc.sql("""
                SELECT count(*) FROM referral r WHERE r.triage_outcome IS NULL
                  AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)
                  AND (CAST(:agency AS uuid) IS NULL OR r.referring_agency_id = :agency)""")
                .param("area", areaId).param("agency", agencyId).query(Long.class).single();
    }
}
