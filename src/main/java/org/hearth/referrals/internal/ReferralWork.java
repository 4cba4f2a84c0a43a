package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.hearth.referrals.TriageOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" from the front door: the referrals the user's agency made in the last 30 days and where each stands
 * (for everyone who makes referrals), and the triage queue (for hub coordinators). References, dates and states
 * only: no names, so nothing about a person shows on the home page; the referrals listed are audited by id.
 */
@Component
class ReferralWork implements WorkItems {

    static final int RECENT_DAYS = 30;
    static final int ROWS = 5;
    private static final DateTimeFormatter DAY = Dates.DAY;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReferralWork(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || !me.worksCases()) {
            return List.of();
        }
        List<WorkList> lists = new ArrayList<>();
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            lists.add(triage());
        }
        lists.add(madeByMyAgency(me));
        return lists;
    }

    private WorkList triage() {
        record Waiting(long all, long unassessed, Integer oldestDays) {
        }
        Waiting w = jdbc.sql("""
                SELECT count(*) AS all_waiting, count(*) FILTER (WHERE NOT coalesce(risk.assessed, false)) AS unassessed,
                       max(current_date - r.received_on) AS oldest
                FROM referral r LEFT JOIN risk_waiting_band risk ON risk.referral_id = r.id
                WHERE r.triage_outcome IS NULL""")
                .query((rs, n) -> new Waiting(rs.getLong("all_waiting"), rs.getLong("unassessed"),
                        (Integer) rs.getObject("oldest")))
                .single();
        String summary = w.all() == 0 ? "No referrals are waiting for triage."
                : plural(w.all(), "referral") + " waiting, " + w.unassessed() + " not assessed; the oldest has waited "
                        + plural(w.oldestDays(), "day") + ".";
        return new WorkList(10, "Waiting for triage", summary, List.of(), w.all() == 0 ? null : "/triage",
                "Open the triage queue");
    }

    private WorkList madeByMyAgency(Actor me) {
        LocalDate since = LocalDate.now(Dates.UK).minusDays(RECENT_DAYS);
        record Made(UUID id, String reference, LocalDate receivedOn, String outcome) {
        }
        List<Made> recent = jdbc.sql("""
                SELECT id, reference, received_on, triage_outcome FROM referral
                WHERE referring_agency_id = ? AND received_on >= ?
                ORDER BY received_on DESC, created_at DESC LIMIT ?""")
                .params(me.agency().value(), since, ROWS)
                .query((rs, n) -> new Made(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("triage_outcome")))
                .list();
        record Counts(long waiting, long decided) {
        }
        Counts c = jdbc.sql("""
                SELECT count(*) FILTER (WHERE triage_outcome IS NULL) AS waiting,
                       count(*) FILTER (WHERE triage_outcome IS NOT NULL) AS decided
                FROM referral WHERE referring_agency_id = ? AND received_on >= ?""")
                .params(me.agency().value(), since)
                .query((rs, n) -> new Counts(rs.getLong("waiting"), rs.getLong("decided"))).single();
        if (!recent.isEmpty()) {
            audit.record(AuditAction.SEARCH, "referral", recent.stream().map(m -> m.id().toString()).toList(),
                    "my work: referrals my agency made");
        }
        List<WorkRow> rows = recent.stream().map(m -> new WorkRow(m.reference(), "/referrals/" + m.id(),
                "Received " + DAY.format(m.receivedOn()),
                m.outcome() == null ? "Waiting for triage" : TriageOutcome.valueOf(m.outcome()).label(),
                m.outcome() == null ? "grey" : "blue")).toList();
        String summary = c.waiting() + c.decided() == 0 ? "Your agency has made no referrals in the last 30 days."
                : "In the last 30 days: " + c.waiting() + " waiting for triage, " + c.decided() + " decided.";
        return new WorkList(30, "Referrals your agency made", summary, rows, "/referrals",
                "All the referrals your agency made");
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
