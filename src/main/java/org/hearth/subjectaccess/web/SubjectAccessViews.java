package org.hearth.subjectaccess.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hearth.people.PersonCorrection;
import org.hearth.platform.Dates;
import org.hearth.platform.web.ClockRow;
import org.hearth.platform.web.SummaryRow;
import org.hearth.subjectaccess.FlaggedItem;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.Representative;
import org.hearth.subjectaccess.SubjectAccessRequest;

/** Rows, words and dates for the subject access pages. */
final class SubjectAccessViews {

    private SubjectAccessViews() {
    }

    /** A row of the list: reference (linked), person, received, due, clock and its colour. */
    static ClockRow row(SubjectAccessRequest r, LocalDate today) {
        return new ClockRow("/subject-access/" + r.id(), r.reference(), clock(r, today), colour(r, today),
                r.personName(), Dates.day(r.receivedOn()), Dates.day(r.effectiveDue()));
    }

    static String clock(SubjectAccessRequest r, LocalDate today) {
        if (r.released()) {
            return "Released";
        }
        long left = ChronoUnit.DAYS.between(today, r.effectiveDue());
        return left < 0 ? "Overdue by " + days(-left) : left == 0 ? "Due today" : "Due in " + days(left);
    }

    static String colour(SubjectAccessRequest r, LocalDate today) {
        if (r.released()) {
            return "green";
        }
        long left = ChronoUnit.DAYS.between(today, r.effectiveDue());
        return left < 0 ? "red" : left <= 7 ? "orange" : "blue";
    }

    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    /** The request's summary rows. */
    /** A line of the request's history: the day and time, and what happened. */
    static String history(org.hearth.subjectaccess.RequestHistory h) {
        return org.hearth.platform.Dates.dayAndTime(h.at()) + ": " + h.what();
    }

    static List<SummaryRow> summary(SubjectAccessRequest r, LocalDate today) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Reference", r.reference()));
        rows.add(new SummaryRow("About", r.personName()));
        rows.add(new SummaryRow("Requester", r.requesterName()));
        rows.add(new SummaryRow("The requester is", r.requesterRole().label()));
        rows.add(new SummaryRow("Received", Dates.day(r.receivedOn())));
        rows.add(new SummaryRow(r.representative() == null ? "Proof of identity" : "The person's proof of identity",
                r.identityChecked() ? "Checked on " + Dates.day(r.identityCheckedOn()) + ": " + r.identityEvidence()
                        : "Not checked yet"));
        Representative rep = r.representative();
        if (rep != null) {
            rows.add(new SummaryRow("Made by a representative", rep.describe()));
            rows.add(new SummaryRow("Their authority", rep.authority()));
            rows.add(new SummaryRow("The representative's proof of identity", rep.checked() ? "Checked on "
                    + Dates.day(rep.checkedOn()) + ": " + rep.evidence() : "Not checked yet"));
            rows.add(new SummaryRow("Released to", "The representative, with the person's own redaction"));
        }
        rows.add(new SummaryRow("Due (one month)", Dates.day(r.dueOn())));
        if (r.extendedTo() != null) {
            rows.add(new SummaryRow("Extended to", Dates.day(r.extendedTo()) + ": " + r.extensionReason()));
        }
        rows.add(new SummaryRow("Status", clock(r, today)));
        if (r.released()) {
            rows.add(new SummaryRow("Released by", r.releasedBy()));
        }
        rows.add(new SummaryRow("Recorded by", r.recordedBy()));
        return rows;
    }

    /** The item page's rows: where it is, what it is, why flagged, and the information itself. */
    static List<SummaryRow> itemRows(FlaggedItem f) {
        return List.of(new SummaryRow("Where", f.section() + ": " + f.heading()), new SummaryRow("What", f.label()),
                new SummaryRow("Why flagged", f.kind().label()), new SummaryRow("The information", f.value()));
    }

    /** A flagged item's row: number, where it is, what it is, why flagged, its review. */
    static List<String> item(FlaggedItem f) {
        return List.of(String.valueOf(f.number()), f.section() + ": " + f.heading(), f.label(), f.kind().label(),
                f.reviewed() ? f.decision().label() + " (" + f.reason() + ", " + f.reviewedBy() + ")" : "Not reviewed");
    }

    static List<String> correction(PersonCorrection c) {
        return List.of(Dates.day(c.recordedAt().atZone(Dates.UK).toLocalDate()),
                c.field().label(), value(c.field(), c.oldValue()), value(c.field(), c.newValue()), c.reason(),
                c.requestedBy(), c.recordedBy());
    }

    /** A corrected value in words: a date of birth as "14 March 1988". */
    static String value(PersonCorrection.Field field, String value) {
        if (value == null) {
            return "Not recorded";
        }
        if (field == PersonCorrection.Field.DATE_OF_BIRTH) {
            try {
                return Dates.day(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /** A proposed correction's row: request, field, before, after, why, asked by, proposed by, status. */
    static List<String> proposal(ProposedCorrection c) {
        return List.of(c.requestReference(), c.field().label(), value(c.field(), c.oldValue()),
                value(c.field(), c.newValue()), c.reason(), c.requestedBy(), c.proposedByName() + ", "
                        + Dates.day(c.proposedAt().atZone(Dates.UK).toLocalDate()),
                status(c));
    }

    /** "Awaiting a second approver", "Approved by Sam Jones" or "Rejected by Sam Jones: why". */
    static String status(ProposedCorrection c) {
        if (c.pending()) {
            return "Awaiting a second approver";
        }
        return c.decision().label() + " by " + c.decidedByName()
                + (c.decisionReason() == null ? "" : ": " + c.decisionReason());
    }

    /** The summary of one proposed correction, for its page. */
    static List<SummaryRow> proposalRows(ProposedCorrection c) {
        List<String> p = proposal(c);
        return List.of(new SummaryRow("Request", p.get(0)), new SummaryRow("Field", p.get(1)),
                new SummaryRow("Recorded now (before)", p.get(2)), new SummaryRow("Correct value (after)", p.get(3)),
                new SummaryRow("Why", p.get(4)), new SummaryRow("Asked by", p.get(5)),
                new SummaryRow("Proposed by", p.get(6)), new SummaryRow("Status", p.get(7)));
    }
}
