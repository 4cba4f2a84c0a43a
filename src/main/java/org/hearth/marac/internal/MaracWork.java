package org.hearth.marac.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" from MARAC: for hub/MARAC coordinators, the referrals awaiting listing on a meeting; for a member
 * agency's named representative or deputy, the cases on published agendas they may research (until their grant
 * ends). References and dates only, never a name; the cases listed to a representative are audited by id.
 */
@Component
class MaracWork implements WorkItems {

    static final int ROWS = 5;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final org.hearth.people.PersonAccess access;

    MaracWork(JdbcClient jdbc, AuditTrail audit, org.hearth.people.PersonAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient()) {
            return List.of();
        }
        List<WorkList> lists = new ArrayList<>();
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            lists.add(awaiting());
        }
        if (Role.CASEWORK.stream().anyMatch(me::hasRole)) {
            research(me).ifPresent(lists::add);
        }
        return lists;
    }

    private WorkList awaiting() {
        record Waiting(UUID marac, String name, long count, LocalDate oldest) {
        }
        List<Waiting> rows = jdbc.sql("""
                SELECT r.marac_id, m.name, count(*) AS n, min(r.referred_on) AS oldest
                FROM marac_referral r LEFT JOIN marac m ON m.id = r.marac_id
                WHERE r.meeting_id IS NULL GROUP BY r.marac_id, m.name ORDER BY min(r.referred_on)""")
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        long all = rows.stream().mapToLong(Waiting::count).sum();
        String summary = all == 0 ? "No referrals to MARAC are waiting for a meeting."
                : all + (all == 1 ? " referral" : " referrals") + " to MARAC waiting for a meeting.";
        return new WorkList(12, "MARAC: awaiting listing", summary, rows.stream().limit(ROWS)
                .map(w -> new WorkList.WorkRow(w.name() == null ? "No MARAC chosen" : w.name(),
                        w.marac() == null ? "/marac#without-marac" : "/marac/" + w.marac(),
                        "Waiting since " + Dates.DAY.format(w.oldest()), String.valueOf(w.count()), "orange"))
                .toList(), all == 0 ? null : "/marac", "Open the MARACs");
    }

    private java.util.Optional<WorkList> research(Actor me) {
        record Case(UUID victim, String reference, LocalDate meetsOn) {
        }
        List<Case> cases = jdbc.sql("""
                SELECT DISTINCT r.victim_id, r.reference, t.meets_on FROM marac_referral r
                JOIN marac_meeting t ON t.id = r.meeting_id AND t.published_at IS NOT NULL
                JOIN marac_member m ON m.marac_id = t.marac_id
                    AND (m.representative_id = :me OR m.deputy_id = :me)
                WHERE t.meets_on >= :today ORDER BY t.meets_on, r.reference""")
                .param("me", me.actorId()).param("today", LocalDate.now(ZoneId.of("Europe/London")))
                .query((rs, n) -> new Case(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
        // only the cases the user may read now: a representative named after an agenda was published holds no
        // grant for it, and must not learn from this list who was at that MARAC
        java.util.Set<org.hearth.people.PersonId> readable = access.viewableAmong(cases.stream()
                .map(c -> new org.hearth.people.PersonId(c.victim())).toList());
        cases = cases.stream().filter(c -> readable.contains(new org.hearth.people.PersonId(c.victim()))).toList();
        if (cases.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Case> shown = cases.stream().limit(ROWS).toList();
        audit.record(AuditAction.READ, "person", shown.stream().map(c -> c.victim().toString()).toList(),
                "My work: MARAC research");
        return java.util.Optional.of(new WorkList(14, "MARAC research", cases.size()
                + (cases.size() == 1 ? " case" : " cases") + " on published agendas for your agency to research. "
                + "Research your own agency's records only: never contact the victim (the IDVA does).",
                shown.stream().map(c -> new WorkList.WorkRow(c.reference(), "/people/" + c.victim(),
                        "Meeting " + Dates.DAY.format(c.meetsOn()), null, null)).toList(), null, null));
    }
}
