package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralRegister;
import org.hearth.referrals.TriageOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral list in PostgreSQL: one query, filtered and paged in the database. */
@Service
@Transactional(readOnly = true)
class JdbcReferralRegister implements ReferralRegister {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String WHERE = """
            WHERE (CAST(:agency AS uuid) IS NULL OR r.referring_agency_id = :agency)
              AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)
              AND (CAST(:state AS text) IS NULL
                   OR (:state = 'WAITING' AND r.triage_outcome IS NULL)
                   OR (:state = 'DECIDED' AND r.triage_outcome IS NOT NULL))
              AND (CAST(:outcome AS text) IS NULL OR r.triage_outcome = :outcome)
              AND (CAST(:from AS date) IS NULL OR r.received_on >= :from)
              AND (CAST(:to AS date) IS NULL OR r.received_on <= :to)""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcReferralRegister(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public List<Entry> list(Filter filter, int offset, int limit) {
        Actor me = me();
        boolean hub = me.hasRole(Role.HUB_COORDINATOR);
        List<String> victims = new java.util.ArrayList<>();
        List<Entry> entries = params(jdbc.sql("""
                SELECT r.id, r.reference, r.received_on, r.victim_id, a.name AS agency, ar.name AS area,
                       p.given_name || ' ' || p.family_name AS victim, r.triage_outcome, u.display_name AS decided_by,
                       r.triaged_at
                FROM referral r
                JOIN agency a ON a.id = r.referring_agency_id
                JOIN person p ON p.id = r.victim_id
                LEFT JOIN area ar ON ar.id = r.area_id
                LEFT JOIN staff_user u ON u.id = r.triaged_by
                """ + WHERE + """

                ORDER BY r.received_on DESC, r.created_at DESC, r.id
                LIMIT :limit OFFSET :offset"""), scoped(filter, me))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    victims.add(rs.getObject("victim_id", UUID.class).toString());
                    return new Entry(new ReferralId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("agency"), rs.getString("area"),
                        hub ? rs.getString("victim") : null,
                        rs.getString("triage_outcome") == null ? null : TriageOutcome.valueOf(rs.getString("triage_outcome")),
                        rs.getString("decided_by"),
                        rs.getTimestamp("triaged_at") == null ? null
                                : rs.getTimestamp("triaged_at").toInstant().atZone(UK).toLocalDate());
                })
                .list();
        audit.record(AuditAction.SEARCH, "referral", entries.stream().map(e -> e.id().toString()).toList(),
                "referral list");
        if (hub && !victims.isEmpty()) { // the hub's list names the victims: a read of each
            audit.record(AuditAction.SEARCH, "person", victims.stream().distinct().toList(), "referral list");
        }
        return entries;
    }

    @Override
    public long count(Filter filter) {
        return params(jdbc.sql("SELECT count(*) FROM referral r " + WHERE), scoped(filter, me())).query(Long.class)
                .single();
    }

    /** Anyone but a hub coordinator sees their own agency's referrals only, whatever they asked for. */
    static Filter scoped(Filter filter, Actor me) {
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            return filter;
        }
        return new Filter(filter.state(), filter.outcome(), me.agency(), filter.area(), filter.from(), filter.to());
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Filter f) {
        return sql.param("agency", f.agency() == null ? null : f.agency().value())
                .param("area", f.area() == null ? null : f.area().value())
                .param("state", f.state() == null ? null : f.state().name())
                .param("outcome", f.outcome() == null ? null : f.outcome().name())
                .param("from", f.from()).param("to", f.to());
    }

    private static Actor me() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (Role.CASEWORK.stream().noneMatch(me::hasRole)) {
            throw new AccessDeniedException("Lists referrals only for those who make or triage them");
        }
        return me;
    }
}
