package org.hearth.orders.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.orders.Clock;
import org.hearth.orders.OrderType;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.orders.ProtectiveOrder.Party;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.web.SummaryRow;

/** Rows, words and dates of orders for the pages: no ids in the words, dates as "4 December 2026". */
final class OrderViews {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    private OrderViews() {
    }

    /** An order in the list on a person's orders page. */
    record ListRow(String href, String reference, String type, String role, String status, String statusColour,
            String starts, String ends, String breaches) {
    }

    static ListRow listRow(ProtectiveOrder o, PersonId viewed, LocalDate today) {
        ProtectiveOrder.Status status = o.status(today);
        boolean soon = o.endingSoon(today);
        return new ListRow("/people/" + viewed + "/orders/" + o.id(), o.reference(), o.type().shortName(),
                o.subject().id().equals(viewed) ? "Against this person" : "Protects this person",
                soon ? "Ends soon" : status.label(),
                soon ? "orange" : switch (status) {
                    case IN_FORCE -> "green";
                    case NOT_STARTED -> "blue";
                    case ENDED -> "grey";
                },
                Dates.DAY.format(o.startsOn()), o.endsOn() == null ? "No end date" : Dates.DAY.format(o.endsOn()),
                o.breaches().isEmpty() ? "None" : o.breaches().size() == 1 ? "1 breach" : o.breaches().size() + " breaches");
    }

    static String time(Instant at) {
        return at == null ? "Not recorded" : TIME.format(at.atZone(Dates.UK));
    }

    static List<SummaryRow> summary(ProtectiveOrder o, LocalDate today) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Type", o.type().name() + (o.type().legislation() == null ? ""
                : " (" + o.type().legislation() + ")")));
        rows.add(new SummaryRow("Status", o.endingSoon(today) ? o.status(today).label() + ": ends soon"
                : o.status(today).label()));
        rows.add(new SummaryRow("Protects", String.join(", ", o.protectedPersons().stream().map(Party::name).toList())));
        rows.add(new SummaryRow("Against", o.subject().name()));
        rows.add(new SummaryRow("Applied for by", o.applicant().label()
                + (o.applicantDetail() == null ? "" : ": " + o.applicantDetail())));
        if (o.authorisedBy() != null || o.type().authorisation() != null) {
            rows.add(new SummaryRow("Authorised by", o.authorisedBy() == null ? "Not recorded" : o.authorisedBy()));
        }
        rows.add(new SummaryRow("Made", time(o.madeAt())));
        if (o.noticeAt() != null || o.type().noticeType() != null) {
            rows.add(new SummaryRow("Notice given", time(o.noticeAt())));
        }
        rows.add(new SummaryRow("Hearing", time(o.hearingAt())));
        rows.add(new SummaryRow("Served", time(o.servedAt())));
        rows.add(new SummaryRow("Starts", Dates.DAY.format(o.startsOn())));
        rows.add(new SummaryRow("Ends", o.endsOn() == null ? "No end date" : Dates.DAY.format(o.endsOn())
                + " (" + OrderType.lengthInDays(o.startsOn(), o.endsOn()) + " days)"));
        rows.add(new SummaryRow("Conditions", o.conditions() == null ? "None recorded" : o.conditions()));
        if (o.type().electronicMonitoring()) {
            rows.add(new SummaryRow("Electronic monitoring", o.electronicMonitoring() ? "Required" : "Not required"));
        }
        if (o.subjectNotifiedAt() != null || o.type().clock(org.hearth.orders.ClockRule.Kind.NOTIFICATION).isPresent()) {
            rows.add(new SummaryRow("Name and address given to the police", time(o.subjectNotifiedAt())));
        }
        rows.add(new SummaryRow("Warning before it ends", o.type().warningDays() == 0 ? "On its last day"
                : o.type().warningDays() + (o.type().warningDays() == 1 ? " day" : " days") + " before"));
        rows.add(new SummaryRow("Recorded by", o.recordedByName() + ", " + time(o.recordedAt())));
        return rows;
    }

    /** A clock as shown: what, the rule in words, from, due, met, and its status with a colour. */
    record ClockRow(String label, String rule, String from, String due, String met, String status, String colour) {
    }

    static List<ClockRow> clocks(ProtectiveOrder o, Instant now) {
        return o.clocks().stream().map(c -> {
            Clock.Status s = c.status(now);
            return new ClockRow(c.rule().label(), c.rule().describeFrom(), time(c.from()),
                    c.due() == null ? "Not started yet" : time(c.due()),
                    time(c.metAt()), s.label(), switch (s) {
                        case MET -> "green";
                        case RUNNING -> "blue";
                        case NOT_STARTED -> "grey";
                        case MET_LATE, MISSED -> "red";
                    });
        }).toList();
    }

    static List<List<String>> breaches(ProtectiveOrder o) {
        return o.breaches().stream().map(b -> List.of(Dates.DAY.format(b.occurredOn()), b.policeResponse().label(),
                b.details() == null ? "" : b.details(), b.recordedByName())).toList();
    }

    /** A type's facts for the guidance on the form and the list. */
    static List<String> typeRow(OrderType t) {
        return List.of(t.name(), t.lengthWords(),
                t.clocks().isEmpty() ? "None" : String.join("; ", t.clocks().stream()
                        .map(c -> c.label() + ": " + c.describeFrom()).toList()),
                t.warningDays() + (t.warningDays() == 1 ? " day" : " days"));
    }
}
