package org.hearth.people.internal;

import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" from people: the people allocated to the signed-in worker (their current ALLOCATED grants; the names
 * are audited as read, by id), for hub coordinators the allocation requests waiting for a decision, and for hub
 * coordinators and information governance the break-glass openings waiting for review (a count: no one named).
 */
@Component
class PersonWork implements WorkItems {

    static final int ROWS = 10;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PersonWork(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkList> forCurrentUser() {
        if (!(Actor.current().orElse(null) instanceof StaffPrincipal me)) {
            return List.of();
        }
        List<WorkList> lists = new java.util.ArrayList<>();
        if (me.hasRole(Role.HUB_COORDINATOR) || me.hasRole(Role.INFORMATION_GOVERNANCE)) {
            long openings = jdbc.sql("SELECT count(*) FROM break_glass WHERE reviewed_at IS NULL")
                    .query(Long.class).single();
            if (openings > 0) {
                lists.add(new WorkList(18, "Break-glass openings to review", openings + (openings == 1
                        ? " opening of a record by staff whose agency holds no ground waits"
                        : " openings of records by staff whose agency holds no ground wait")
                        + " for review: check each reason was good enough.", List.of(), "/break-glass", "Review them"));
            }
        }
        if (!me.worksCases()) {
            return lists;
        }
        record Allocated(UUID id, String name) {
        }
        List<Allocated> mine = jdbc.sql("""
                SELECT p.id, p.given_name || ' ' || p.family_name AS name FROM person_access_grant g
                JOIN person p ON p.id = g.person_id AND p.merged_into IS NULL
                WHERE g.user_id = ? AND g.ground = 'ALLOCATED' AND g.ended_at IS NULL
                  AND (g.expires_at IS NULL OR g.expires_at > now())
                ORDER BY g.starts_at DESC LIMIT ?""")
                .params(me.id().value(), ROWS + 1)
                .query((rs, n) -> new Allocated(rs.getObject("id", UUID.class), rs.getString("name"))).list();
        if (!mine.isEmpty()) {
            List<Allocated> shown = mine.subList(0, Math.min(ROWS, mine.size()));
            audit.record(AuditAction.SEARCH, "person", shown.stream().map(a -> a.id().toString()).toList(),
                    "my work: people allocated to me");
            lists.add(new WorkList(25, "People allocated to you",
                    mine.size() > ROWS ? "The " + ROWS + " allocated most recently." : "You are their named worker.",
                    shown.stream().map(a -> new WorkRow(a.name(), "/people/" + a.id(), null, null, null)).toList(),
                    null, null));
        }
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            long waiting = jdbc.sql("SELECT count(*) FROM allocation_request WHERE decision IS NULL AND user_id <> ?")
                    .param(me.id().value()).query(Long.class).single();
            if (waiting > 0) {
                lists.add(new WorkList(15, "Allocation requests", waiting + (waiting == 1 ? " request waits" : " requests wait")
                        + " for a hub coordinator: a worker whose agency holds no ground asks to be allocated.",
                        List.of(), "/break-glass/allocations", "Approve or refuse"));
            }
        }
        return lists;
    }
}
