package org.hearth.encompass.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hearth.encompass.Encompass.ClockEntry;
import org.hearth.encompass.EncompassNotification;
import org.hearth.platform.Dates;
import org.hearth.platform.web.SummaryRow;

/** Words and rows for the Operation Encompass pages. */
final class EncompassViews {

    private EncompassViews() {
    }

    /** A row of the hub's clock. */
    record ClockRow(String id, String referralId, String school, String reference, String due, String status,
            String colour) {
    }

    static ClockRow clock(ClockEntry e, Instant now) {
        String status;
        String colour;
        if (e.acknowledgedAt() != null) {
            status = "Acknowledged";
            colour = "green";
        } else if (e.overdue(now)) {
            status = "Overdue";
            colour = "red";
        } else {
            status = "Due";
            colour = "yellow";
        }
        return new ClockRow(e.id().toString(), e.referralId().toString(), e.schoolName(),
                e.policeReference() == null ? "Not sent" : e.policeReference(), Dates.dayAndTime(e.dueAt()), status,
                colour);
    }

    /**
     * A row of a key adult's list (a school's or a practice's): whom it is about (the child, the patient), what more
     * the list says of it (the police force it came from, the patient's part), when it came and whether it was
     * acknowledged.
     */
    record NotificationRow(String id, String name, String about, String received, String status, String colour) {

        NotificationRow(String id, String name, String about, Instant received, boolean acknowledged) {
            this(id, name, about, Dates.dayAndTime(received), acknowledged ? "Acknowledged" : "New",
                    acknowledged ? "green" : "blue");
        }
    }

    static NotificationRow row(EncompassNotification n) {
        return new NotificationRow(n.id().toString(), n.childName() == null ? "A child of your school"
                : n.childName(), n.policeForce(), n.createdAt(), n.acknowledged());
    }

    static String part(String part) {
        return "VICTIM".equals(part) ? "Victim of domestic abuse" : "Person alleged to cause harm";
    }

    static NotificationRow gpRow(org.hearth.encompass.GpNotification n) {
        return new NotificationRow(n.id().toString(), n.patientName() == null ? "A patient of your practice"
                : n.patientName(), part(n.part()), n.createdAt(), n.acknowledged());
    }

    static List<SummaryRow> gpDetails(org.hearth.encompass.GpNotification n) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Practice", n.practiceName()));
        rows.add(new SummaryRow("Patient", n.patientName() == null ? "Not known" : n.patientName()));
        if (n.patientDateOfBirth() != null) {
            rows.add(new SummaryRow("Date of birth", Dates.day(n.patientDateOfBirth())));
        }
        rows.add(new SummaryRow("The patient is", part(n.part())));
        rows.add(new SummaryRow("Case", ("HUB".equals(n.source()) ? "Daily safeguarding hub" : "MARAC")
                + (n.caseReference() == null ? "" : ", reference " + n.caseReference())));
        rows.add(new SummaryRow("Decided on", Dates.day(n.decidedOn())));
        if (n.decisions() != null) {
            rows.add(new SummaryRow("Decisions", n.decisions()));
        }
        rows.add(new SummaryRow("Who to contact", n.contact()));
        rows.add(new SummaryRow("Received", Dates.dayAndTime(n.createdAt())));
        rows.add(new SummaryRow("Acknowledged", n.acknowledged() ? Dates.dayAndTime(n.acknowledgedAt()) : "Not yet"));
        return rows;
    }

    static List<SummaryRow> details(EncompassNotification n) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("From", n.policeForce()));
        rows.add(new SummaryRow("School", n.schoolName()));
        if (n.childName() != null) {
            rows.add(new SummaryRow("Child", n.childName()));
        }
        if (n.childDateOfBirth() != null) {
            rows.add(new SummaryRow("Date of birth", Dates.day(n.childDateOfBirth())));
        }
        if (n.policeReference() != null) {
            rows.add(new SummaryRow("Police reference", n.policeReference()));
        }
        if (n.incidentOn() != null) {
            rows.add(new SummaryRow("Date of the incident", Dates.day(n.incidentOn())));
        }
        if (n.incidentTime() != null) {
            rows.add(new SummaryRow("Time of the incident", Dates.time(n.incidentTime())));
        }
        if (n.childPresent() != null) {
            rows.add(new SummaryRow("Was the child present", n.childPresent() ? "Yes" : "No"));
        }
        if (n.summary() != null) {
            rows.add(new SummaryRow("What happened", n.summary()));
        }
        rows.add(new SummaryRow("Received", Dates.dayAndTime(n.createdAt())));
        rows.add(new SummaryRow("Acknowledged", n.acknowledged() ? Dates.dayAndTime(n.acknowledgedAt()) : "Not yet"));
        return rows;
    }
}
