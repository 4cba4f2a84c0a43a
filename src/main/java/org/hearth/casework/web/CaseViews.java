package org.hearth.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import org.hearth.casework.Case;
import org.hearth.platform.Dates;

/** Rows, words and dates of cases for the casework pages. */
final class CaseViews {

    private CaseViews() {
    }

    record QueueRow(String id, String reference, String source, String referredOn, String due, String dueTag) {
    }

    record MyRow(String id, String reference, String service, String firstContact, String tag, String tagColour,
            String engagement) {
    }

    static QueueRow queueRow(Case c) {
        return new QueueRow(c.id().toString(), c.reference(), c.source().label(), Dates.DAY.format(c.referredOn()),
                Dates.DAY.format(c.firstContactDue()), due(c.firstContactDue(), today()));
    }

    static MyRow myRow(Case c) {
        return new MyRow(c.id().toString(), c.reference(), c.serviceName(), firstContact(c), tag(c, today()),
                colour(c, today()), c.engagement() == null ? "Not recorded" : c.engagement().label());
    }

    static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    static String due(LocalDate due, LocalDate today) {
        return due.isBefore(today) ? "Overdue" : due.equals(today) ? "Due today" : null;
    }

    /** "Made on 3 March 2026 (within target)", or "Due by 5 March 2026". */
    static String firstContact(Case c) {
        if (c.firstContactAt() != null) {
            LocalDate made = day(c.firstContactAt());
            return "Made on " + Dates.DAY.format(made) + (made.isAfter(c.firstContactDue()) ? " (after the target of "
                    + Dates.DAY.format(c.firstContactDue()) + ")" : " (within target)");
        }
        return "Due by " + Dates.DAY.format(c.firstContactDue())
                + (c.firstAttemptAt() == null ? "; no attempt yet" : "; first attempt on " + Dates.DAY.format(day(c.firstAttemptAt())));
    }

    static String tag(Case c, LocalDate today) {
        if (c.firstContactAt() != null) {
            return null;
        }
        return c.firstContactDue().isBefore(today) ? "Overdue" : "Awaiting first contact";
    }

    static String colour(Case c, LocalDate today) {
        return c.firstContactAt() != null ? null : c.firstContactDue().isBefore(today) ? "red" : "blue";
    }

    static LocalDate day(Instant at) {
        return at.atZone(Dates.UK).toLocalDate();
    }

    static String when(Instant at) {
        return at == null ? "" : Dates.DAY.format(day(at));
    }
}
