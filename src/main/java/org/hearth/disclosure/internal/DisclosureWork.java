package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.Application;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" from disclosure: for the disclosure team, applications overdue or due within 7 days (references and
 * dates, never a name); for casework roles of an agency asked to check its records, the checks waiting for an answer
 * (references and dates only: the subject's name is on the check's page).
 */
@Component
class DisclosureWork implements WorkItems {

    static final int ROWS = 8;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DisclosureWork(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        if (me == null || me.apiClient()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(JdbcDisclosures.UK);
        List<WorkList> lists = new ArrayList<>();
        if (me.hasRole(Role.DISCLOSURE_TEAM)) {
            record App(UUID id, String reference, LocalDate received) {
            }
            List<App> due = jdbc.sql("""
                    SELECT id, reference, received_on FROM disclosure_application
                    WHERE agency_id = ? AND closed_on IS NULL AND received_on + ? <= ?
                    ORDER BY received_on, reference""")
                    .params(me.agency().value(), Application.TARGET_DAYS - 7, today)
                    .query((rs, n) -> new App(rs.getObject("id", UUID.class), rs.getString("reference"),
                            rs.getObject("received_on", LocalDate.class))).list();
            if (!due.isEmpty()) {
                long overdue = due.stream().filter(a -> today.isAfter(Application.dueOn(a.received()))).count();
                lists.add(new WorkList(14, "Clare’s Law applications due", due.size() + (due.size() == 1
                        ? " application is" : " applications are") + " due within 7 days or overdue (" + overdue
                        + " overdue): the guidance's target is 28 days.",
                        due.stream().limit(ROWS).map(a -> {
                            long left = ChronoUnit.DAYS.between(today, Application.dueOn(a.received()));
                            return new WorkRow(a.reference(), "/disclosure/" + a.id(),
                                    "Due " + Dates.day(Application.dueOn(a.received())),
                                    left < 0 ? "Overdue" : left == 0 ? "Due today" : "Due in " + left
                                            + (left == 1 ? " day" : " days"), left < 0 ? "red" : "orange");
                        }).toList(), "/disclosure", "All applications"));
                audit.record(AuditAction.READ, JdbcDisclosures.RECORD_TYPE,
                        due.stream().limit(ROWS).map(a -> a.id().toString()).toList(), "My work: references only");
            }
        }
        if (Role.CASEWORK.stream().anyMatch(me::hasRole)) {
            record Check(UUID id, String reference, LocalDate dueOn) {
            }
            List<Check> checks = jdbc.sql("""
                    SELECT c.id, a.reference, c.due_on FROM disclosure_check c
                    JOIN disclosure_application a ON a.id = c.application_id
                    WHERE c.agency_id = ? AND c.responded_on IS NULL ORDER BY c.due_on, a.reference""")
                    .param(me.agency().value()).query((rs, n) -> new Check(rs.getObject("id", UUID.class),
                            rs.getString("reference"), rs.getObject("due_on", LocalDate.class))).list();
            if (!checks.isEmpty()) {
                lists.add(new WorkList(15, "Disclosure checks to answer", checks.size() + (checks.size() == 1
                        ? " check" : " checks") + " asked of your agency by the disclosure team: check your own "
                        + "records and answer.", checks.stream().limit(ROWS).map(c -> new WorkRow(c.reference(),
                                "/disclosure-checks/" + c.id(), "Answer due by " + Dates.day(c.dueOn()),
                                today.isAfter(c.dueOn()) ? "Overdue" : "Waiting",
                                today.isAfter(c.dueOn()) ? "red" : "blue")).toList(),
                        "/disclosure-checks", "All checks"));
            }
        }
        return lists;
    }
}
