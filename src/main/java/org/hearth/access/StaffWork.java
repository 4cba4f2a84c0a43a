package org.hearth.access;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module's "My work" read from its own tables for a member of staff: nothing for no one or an API client, nor for
 * staff it does not concern (their roles); what it shows of people is audited as read through {@link #shown}.
 */
public abstract class StaffWork implements WorkItems {

    /** Work for the casework roles ({@link Role#CASEWORK}). */
    protected static final Predicate<Actor> CASEWORK = Actor::worksCases;

    protected final JdbcClient jdbc;
    protected final AuditTrail audit;
    private final Predicate<Actor> concerns;

    /** For the staff {@code concerns} accepts. */
    protected StaffWork(JdbcClient jdbc, AuditTrail audit, Predicate<Actor> concerns) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.concerns = concerns;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().orElse(null);
        return me == null || me.apiClient() || !concerns.test(me) ? List.of() : forStaff(me);
    }

    /** The lists for a member of staff this module's work concerns. */
    protected abstract List<WorkList> forStaff(Actor me);

    /** Audits the records whose ids are shown as read, with why. */
    protected void shown(String recordType, Stream<?> ids, String why) {
        audit.record(AuditAction.READ, recordType, ids.map(String::valueOf).toList(), why);
    }

    /** A row for something due: "Overdue" (red), "Due today" or "Due in 3 days" (orange). */
    protected static WorkRow dueRow(String label, String href, String detail, LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        return new WorkRow(label, href, detail, left < 0 ? "Overdue" : left == 0 ? "Due today"
                : "Due in " + left + (left == 1 ? " day" : " days"), left < 0 ? "red" : "orange");
    }
}
