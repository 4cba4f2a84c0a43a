package org.hearth.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" from casework: for a service's managers, contact attempts on channels marked unsafe (escalated at once)
 * and the allocation queue of each service they manage; for every worker, their cases (first contact due first).
 * References and dates only, never a name; the cases listed are audited by person id.
 */
@Component
class CaseworkWork extends StaffWork {

    static final int ROWS = 5;

    CaseworkWork(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit, CASEWORK);
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        List<WorkList> lists = new ArrayList<>();
        escalations(me).ifPresent(lists::add);
        queues(me).ifPresent(lists::add);
        myCases(me).ifPresent(lists::add);
        return lists;
    }

    private java.util.Optional<WorkList> escalations(Actor me) {
        record Unsafe(UUID caseId, UUID person, String reference, java.sql.Timestamp at) {
        }
        List<Unsafe> rows = jdbc.sql("""
                SELECT c.id, c.person_id, c.reference, k.attempted_at FROM casework_contact k
                JOIN casework_case c ON c.id = k.case_id
                JOIN casework_worker w ON w.service_id = c.service_id AND w.user_id = ? AND w.manager
                WHERE k.unsafe_channel AND k.acknowledged_at IS NULL ORDER BY k.attempted_at""")
                .param(me.actorId()).query((rs, n) -> new Unsafe(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getTimestamp(4))).list();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Unsafe> shown = rows.stream().limit(ROWS).toList();
        shown("person", shown.stream().map(Unsafe::person), "My work: contact on channels marked unsafe");
        return java.util.Optional.of(new WorkList(3, "Casework: contact on an unsafe channel", rows.size()
                + (rows.size() == 1 ? " contact attempt was" : " contact attempts were")
                + " made on a channel the person's safe-contact rules mark unsafe. Check the person is safe.",
                shown.stream().map(u -> new WorkList.WorkRow(u.reference(), "/casework/cases/" + u.caseId(),
                        "Attempted " + Dates.DAY.format(u.at().toLocalDateTime().toLocalDate()), "Unsafe channel",
                        "red")).toList(), null, null));
    }

    private java.util.Optional<WorkList> queues(Actor me) {
        record Waiting(UUID service, String name, long count, LocalDate oldest) {
        }
        List<Waiting> rows = jdbc.sql("""
                SELECT s.id, s.name, count(c.id), min(c.referred_on) FROM casework_service s
                JOIN casework_worker w ON w.service_id = s.id AND w.user_id = ? AND w.manager
                LEFT JOIN casework_case c ON c.service_id = s.id AND c.status = 'AWAITING_ALLOCATION'
                GROUP BY s.id, s.name ORDER BY s.name""").param(me.actorId())
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        long all = rows.stream().mapToLong(Waiting::count).sum();
        return java.util.Optional.of(new WorkList(8, "Casework: allocation queue", all == 0
                ? "No cases are waiting for allocation." : all + (all == 1 ? " case" : " cases") + " waiting for allocation.",
                rows.stream().limit(ROWS).map(w -> new WorkList.WorkRow(w.name(), "/casework/services/" + w.service(),
                        w.oldest() == null ? "None waiting" : "Waiting since " + Dates.DAY.format(w.oldest()),
                        String.valueOf(w.count()), w.count() == 0 ? "green" : "orange")).toList(),
                "/casework", "Open casework"));
    }

    private java.util.Optional<WorkList> myCases(Actor me) {
        record Mine(UUID caseId, UUID person, String reference, LocalDate due, boolean contacted) {
        }
        List<Mine> rows = jdbc.sql("""
                SELECT id, person_id, reference, first_contact_due, first_contact_at IS NOT NULL FROM casework_case
                WHERE worker_id = ? AND status = 'OPEN'
                ORDER BY first_contact_at IS NOT NULL, first_contact_due, reference""").param(me.actorId())
                .query((rs, n) -> new Mine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5))).list();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate today = LocalDate.now(Dates.UK);
        List<Mine> shown = rows.stream().limit(ROWS).toList();
        shown("person", shown.stream().map(Mine::person), "My work: my cases");
        long waiting = rows.stream().filter(m -> !m.contacted()).count();
        return java.util.Optional.of(new WorkList(9, "My cases", rows.size() + (rows.size() == 1 ? " open case" : " open cases")
                + (waiting == 0 ? "." : ", " + waiting + " without first contact yet."),
                shown.stream().map(m -> new WorkList.WorkRow(m.reference(), "/casework/cases/" + m.caseId(),
                        m.contacted() ? "First contact made" : "First contact due " + Dates.DAY.format(m.due()),
                        m.contacted() ? null : m.due().isBefore(today) ? "Overdue" : "Due",
                        m.contacted() ? null : m.due().isBefore(today) ? "red" : "blue")).toList(),
                "/casework/my-cases", "All my cases"));
    }
}
