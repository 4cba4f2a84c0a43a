package org.hearth.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.Application;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" from disclosure: for the disclosure team, applications overdue or due within 7 days (references and
 * dates, never a name; not one decided not to disclose, whose 28 days stopped at the decision: those are listed
 * apart, with their outcome to record); for casework roles of an agency asked to check its records, the checks
 * waiting for an answer
 * (references and dates only: the subject's name is on the check's page).
 */
@Component
class DisclosureWork extends StaffWork {

    static final int ROWS = 8;

    DisclosureWork(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit, me -> true);
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        LocalDate today = LocalDate.now(Dates.UK);
        List<WorkList> lists = new ArrayList<>();
        if (me.hasRole(Role.DISCLOSURE_TEAM)) {
            record App(UUID id, String reference, LocalDate on) { // on: received, or decided
            }
            List<App> due = jdbc.sql("""
                    SELECT id, reference, received_on FROM disclosure_application
                    WHERE agency_id = ? AND closed_on IS NULL AND decision IS DISTINCT FROM 'NO_DISCLOSURE'
                      AND received_on + ? <= ?
                    ORDER BY received_on, reference""")
                    .params(me.agency().value(), Application.TARGET_DAYS - 7, today)
                    .query((rs, n) -> new App(rs.getObject("id", UUID.class), rs.getString("reference"),
                            rs.getObject("received_on", LocalDate.class))).list();
            if (!due.isEmpty()) {
                long overdue = due.stream().filter(a -> today.isAfter(Application.dueOn(a.on()))).count();
                lists.add(new WorkList(14, "Clare’s Law applications due", due.size() + (due.size() == 1
                        ? " application is" : " applications are") + " due within 7 days or overdue (" + overdue
                        + " overdue): the guidance's target is 28 days.",
                        due.stream().limit(ROWS).map(a -> dueRow(a.reference(), "/disclosure/" + a.id(),
                                "Due " + Dates.day(Application.dueOn(a.on())), Application.dueOn(a.on()),
                                today)).toList(), "/disclosure", "All applications"));
                shown(JdbcDisclosures.RECORD_TYPE, due.stream().limit(ROWS).map(App::id), "My work: references only");
            }
            List<App> toClose = jdbc.sql("""
                    SELECT id, reference, forum_on FROM disclosure_application
                    WHERE agency_id = ? AND closed_on IS NULL AND decision = 'NO_DISCLOSURE'
                    ORDER BY forum_on, reference""")
                    .param(me.agency().value())
                    .query((rs, n) -> new App(rs.getObject("id", UUID.class), rs.getString("reference"),
                            rs.getObject("forum_on", LocalDate.class))).list();
            if (!toClose.isEmpty()) {
                lists.add(new WorkList(15, "Clare’s Law: outcomes to record", toClose.size() + (toClose.size() == 1
                        ? " application was" : " applications were") + " decided without disclosure and "
                        + (toClose.size() == 1 ? "is" : "are") + " still open: record how the applicant was told, "
                        + "and close.", toClose.stream().limit(ROWS).map(a -> new WorkRow(a.reference(),
                                "/disclosure/" + a.id(), "Decided " + Dates.day(a.on()), "Outcome to record",
                                "blue")).toList(), "/disclosure", "All applications"));
                shown(JdbcDisclosures.RECORD_TYPE, toClose.stream().limit(ROWS).map(App::id),
                        "My work: references only");
            }
        }
        if (me.worksCases()) {
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
