package org.hearth.hub.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubCaseWays;
import org.hearth.hub.HubCaseWays.CaseWay;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" from the hub: the open hub actions the user's agency owns that are due by the end of today or overdue
 * (references and due times only, never a name; each linked to its referral when the user may view the victim's
 * record, {@link HubCaseWays}, else to the agency's list), and for hub coordinators today's meetings with cases
 * waiting.
 */
@Component
class HubWork extends StaffWork {

    private static final int ROWS = 5;

    private final HubCaseWays ways;

    HubWork(JdbcClient jdbc, AuditTrail audit, HubCaseWays ways) {
        super(jdbc, audit, CASEWORK);
        this.ways = ways;
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        List<WorkList> lists = new ArrayList<>();
        LocalDate today = LocalDate.now(Dates.UK);
        Instant endOfToday = HubGrants.endOfDay(today);
        record Due(HubCaseId hubCase, String reference, String description, Instant dueAt) {
        }
        List<Due> due = jdbc.sql("""
                SELECT x.case_id, c.reference, x.subject, x.due_at FROM hub_action x JOIN hub_case c ON c.id = x.case_id
                WHERE x.owner_agency_id = ? AND x.done_at IS NULL AND x.due_at <= ? ORDER BY x.due_at""")
                .params(me.agency().value(), Timestamp.from(endOfToday))
                .query((rs, n) -> new Due(new HubCaseId(rs.getObject(1, UUID.class)), rs.getString(2),
                        org.hearth.hub.ActionSubject.valueOf(rs.getString(3)).label(), rs.getTimestamp(4).toInstant()))
                .list();
        if (!due.isEmpty()) {
            Instant now = Instant.now();
            // a row links to its referral when the user may view its victim's record, else to the agency's list
            Map<HubCaseId, CaseWay> way = ways.waysTo(due.stream().limit(ROWS).map(Due::hubCase).toList());
            lists.add(new WorkList(13, "Hub actions due", due.size() + (due.size() == 1 ? " hub action" : " hub actions")
                    + " owned by your agency due today or overdue.", due.stream().limit(ROWS)
                    .map(d -> new WorkList.WorkRow(d.reference(), way.containsKey(d.hubCase())
                            ? "/referrals/" + way.get(d.hubCase()).referral() : "/hub/actions", d.description(),
                            d.dueAt().isBefore(now) ? "Overdue" : "Due " + Dates.dayAndTime(d.dueAt()),
                            d.dueAt().isBefore(now) ? "red" : "orange"))
                    .toList(), "/hub/actions", "Open your agency's hub actions"));
        }
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            long waiting = jdbc.sql("""
                    SELECT count(*) FROM hub_case c JOIN hub_meeting m ON m.id = c.meeting_id
                    WHERE m.meets_on = ? AND m.ended_at IS NULL AND c.decided_at IS NULL""")
                    .param(java.sql.Date.valueOf(today)).query(Long.class).single();
            if (waiting > 0) {
                lists.add(new WorkList(11, "Daily hub meeting", waiting + (waiting == 1 ? " case" : " cases")
                        + " on today's agendas not yet decided.", List.of(), "/hub/meetings/today",
                        "Open today's meeting"));
            }
        }
        return lists;
    }
}
