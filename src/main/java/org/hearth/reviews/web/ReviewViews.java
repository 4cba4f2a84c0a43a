package org.hearth.reviews.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.web.ClockRow;
import org.hearth.platform.web.SummaryRow;
import org.hearth.reviews.OverdueRecommendation;
import org.hearth.reviews.Review;
import org.hearth.reviews.Review.AgencyRequest;
import org.hearth.reviews.Review.Recommendation;

/** Words, dates and rows for the death review pages (no ids in the visible text). */
final class ReviewViews {

    private ReviewViews() {
    }

    /** A row of the list: reference (linked), pseudonym, where it is, notified, the clock and its colour. */
    static ClockRow row(Review r, LocalDate today) {
        return new ClockRow("/reviews/" + r.id(), r.reference(), clock(r, today), colour(r, today), r.pseudonym(),
                r.status().label(), Dates.day(r.notifiedOn()));
    }

    static String colour(Review r, LocalDate today) {
        if (!r.open()) {
            return "grey";
        }
        if (r.overdue(today)) {
            return "red";
        }
        return ChronoUnit.DAYS.between(today, r.dueOn()) <= 14 ? "orange" : "blue";
    }

    /**
     * "Decision due 5 January 2027: 12 days left", "Decision overdue by 3 days", "Completion due 1 June 2027: 90 days
     * left", "Published on 3 March 2026", "Not held: Home Office told on 9 February 2026".
     */
    static String clock(Review r, LocalDate today) {
        switch (r.status()) {
            case PUBLISHED:
                return "Published on " + Dates.day(r.closedOn());
            case NOT_HELD:
                return "Not held: Home Office told on " + Dates.day(r.homeOfficeToldOn());
            default:
                break;
        }
        String what = r.decidedOn() == null ? "Decision" : "Completion";
        long left = ChronoUnit.DAYS.between(today, r.dueOn());
        if (left < 0) {
            return what + " overdue by " + days(-left) + " (due " + Dates.day(r.dueOn()) + ")";
        }
        return what + " due " + Dates.day(r.dueOn()) + ": " + (left == 0 ? "due today" : days(left) + " left");
    }

    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    /**
     * The review's summary; "View the record" beside a person only for a reader who may read that record
     * ({@code viewable}): the coordinator running the review holds no ground on the people in it.
     */
    static List<SummaryRow> summary(Review r, LocalDate today, Set<PersonId> viewable) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Pseudonym", r.pseudonym()));
        rows.add(new SummaryRow("Where it is", r.status().label()));
        rows.add(new SummaryRow("Clock", clock(r, today)));
        rows.add(person("Person who died", r.deceased(), viewable));
        rows.add(r.perpetrator() == null ? new SummaryRow("Suspected perpetrator", "None named")
                : person("Suspected perpetrator", r.perpetrator(), viewable));
        rows.add(new SummaryRow("Date of death", Dates.day(r.diedOn())));
        rows.add(new SummaryRow("Notified", Dates.day(r.notifiedOn()) + " by " + r.notifyingAgencyName()));
        if (r.circumstances() != null) {
            rows.add(new SummaryRow("Circumstances", r.circumstances()));
        }
        if (r.decidedOn() == null) {
            rows.add(new SummaryRow("Decision due", Dates.day(r.decisionDueOn())));
        } else {
            // once made, the decision's due date is history: said beside it, never as a clock still running
            rows.add(new SummaryRow("Decision", (Boolean.TRUE.equals(r.hold()) ? "Hold a review" : "No review")
                    + ", on " + Dates.day(r.decidedOn()) + " (it was due " + Dates.day(r.decisionDueOn()) + ")"));
            rows.add(new SummaryRow("Why", r.decisionRationale()));
            if (r.homeOfficeToldOn() != null) {
                rows.add(new SummaryRow("Home Office told", Dates.day(r.homeOfficeToldOn())));
            }
            if (r.completionDueOn() != null) {
                rows.add(new SummaryRow("Completion due", Dates.day(r.completionDueOn())));
            }
        }
        rows.add(new SummaryRow("Independent chair", r.chair() == null ? "Not appointed yet" : r.chair()));
        rows.add(new SummaryRow("Opened by", r.openedByName()));
        return rows;
    }

    private static SummaryRow person(String key, Review.Party person, Set<PersonId> viewable) {
        return viewable.contains(person.id())
                ? new SummaryRow(key, person.name(), "/people/" + person.id(), "View the record")
                : new SummaryRow(key, person.name());
    }

    static List<List<String>> panel(Review r) {
        return r.panel().stream().map(m -> List.of(m.name(), m.agencyName(), Dates.day(m.addedOn()))).toList();
    }

    /** The panel's agencies, each once, in the order they joined. */
    static String agencies(Review r) {
        return String.join(", ", r.panel().stream().map(Review.PanelMember::agencyName).distinct().toList());
    }

    static List<List<String>> requests(Review r, LocalDate today) {
        return r.requests().stream().map(q -> List.of(q.agencyName(), q.kind().label(), Dates.day(q.requestedOn()),
                Dates.day(q.dueOn()), requestState(q, today))).toList();
    }

    static String requestState(AgencyRequest q, LocalDate today) {
        if (q.returned()) {
            return "Returned on " + Dates.day(q.returnedOn());
        }
        return q.overdue(today) ? "Overdue by " + days(ChronoUnit.DAYS.between(q.dueOn(), today)) : "Waiting";
    }

    static List<List<String>> stages(Review r) {
        return r.stages().stream().map(s -> List.of(s.stage().label(), Dates.day(s.on()),
                s.note() == null ? "" : s.note(), s.recordedBy())).toList();
    }

    static List<List<String>> recommendations(Review r, LocalDate today) {
        return r.recommendations().stream().map(c -> List.of(String.valueOf(c.number()), c.text(), c.theme(),
                c.ownerName(), Dates.day(c.dueOn()), recommendationState(c, today))).toList();
    }

    static String recommendationState(Recommendation c, LocalDate today) {
        return switch (c.status()) {
            case DONE -> "Completed on " + Dates.day(c.completedOn()) + ": " + c.evidence();
            case OPEN, IN_PROGRESS -> c.overdue(today)
                    ? c.status().label() + ", overdue by " + days(ChronoUnit.DAYS.between(c.dueOn(), today))
                    : c.status().label();
        };
    }

    static List<List<String>> overdue(List<OverdueRecommendation> list, LocalDate today) {
        return list.stream().map(o -> List.of(o.reference() + " (" + o.pseudonym() + ")",
                String.valueOf(o.number()), o.text(), o.ownerName(), Dates.day(o.dueOn()),
                "Overdue by " + days(ChronoUnit.DAYS.between(o.dueOn(), today)))).toList();
    }
}
