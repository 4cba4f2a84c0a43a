package org.hearth.disclosure.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.Application.Party;
import org.hearth.disclosure.ApplicationSummary;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.DisclosureClock;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.insights.Cell;
import org.hearth.insights.Suppression;
import org.hearth.platform.Dates;
import org.hearth.platform.web.ClockRow;
import org.hearth.platform.web.SummaryRow;

/** Words, dates and rows for the disclosure pages (no ids in the visible text). */
final class DisclosureViews {

    private DisclosureViews() {
    }

    /** A row of the list: reference (linked), route, received, due, where it is, the clock. */
    static ClockRow row(ApplicationSummary s, LocalDate today) {
        DisclosureClock c = s.clock();
        return new ClockRow("/disclosure/" + s.id(), s.reference(), clock(c, today),
                s.closedOn() != null ? "grey" : c.overdue(today) ? "red"
                        : c.running() && daysLeft(s.receivedOn(), today) <= 7 ? "orange" : "blue",
                s.route().label(), Dates.day(s.receivedOn()), Dates.day(s.dueOn()), s.stage());
    }

    static long daysLeft(LocalDate received, LocalDate today) {
        return ChronoUnit.DAYS.between(today, Application.dueOn(received));
    }

    /**
     * The 28 days in words. Before the forum: "Day 12 of 28: 16 days left", "Overdue by 3 days". Decided not to
     * disclose, the clock stopped at the decision: "Decided in 23 days" or "Decided 7 days late", then what is left
     * ("outcome to record") or when it closed. Decided to disclose, the decision's time and the disclosure still
     * running: "Decided in 20 days; disclosure due in 8 days" or "...; disclosure overdue by 3 days". Closed
     * otherwise: "Closed in 20 days".
     */
    static String clock(DisclosureClock c, LocalDate today) {
        LocalDate received = c.receivedOn();
        if (c.decided() && !c.disclose()) {
            return decided(c) + (c.closedOn() == null ? "; outcome to record"
                    : "; closed in " + days(ChronoUnit.DAYS.between(received, c.closedOn())));
        }
        if (c.closedOn() != null) {
            long days = ChronoUnit.DAYS.between(received, c.closedOn());
            return "Closed in " + days(days) + (days > Application.TARGET_DAYS ? " (over the 28-day target)" : "");
        }
        long day = ChronoUnit.DAYS.between(received, today);
        long left = daysLeft(received, today);
        if (c.decided()) {
            return decided(c) + "; disclosure " + (left < 0 ? "overdue by " + days(-left)
                    : left == 0 ? "due today" : "due in " + days(left));
        }
        if (left < 0) {
            return "Overdue by " + days(-left);
        }
        return "Day " + day + " of " + Application.TARGET_DAYS + ": " + (left == 0 ? "due today" : days(left) + " left");
    }

    /** "Decided in 23 days", "Decided 7 days late" (against the 28 days). */
    private static String decided(DisclosureClock c) {
        long days = c.daysToDecision();
        return days > Application.TARGET_DAYS ? "Decided " + days(days - Application.TARGET_DAYS) + " late"
                : "Decided in " + days(days);
    }

    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    /**
     * The applicant's relationship as typed (or the module's "The person at risk" when they asked for themselves),
     * on its own row: in brackets after a name its capital read wrong ("Dean Turner (The person at risk)").
     */
    static String relationship(String stored) {
        return SELF.equals(stored) ? "They asked for themselves" : stored;
    }

    private static final String SELF = "The person at risk";

    static String party(Party p) {
        if (p == null) {
            return "None";
        }
        return p.name() + (p.dateOfBirth() == null ? "" : ", born " + Dates.day(p.dateOfBirth()));
    }

    static List<SummaryRow> summary(Application a, LocalDate today) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Route", a.route().label()));
        rows.add(new SummaryRow("Received", Dates.day(a.receivedOn())));
        rows.add(new SummaryRow("Due (28 days)", Dates.day(a.dueOn())));
        rows.add(new SummaryRow("Clock", clock(a.clock(), today)));
        if (a.route() == Route.RIGHT_TO_ASK) {
            rows.add(new SummaryRow("Applicant", party(a.applicant())));
            if (a.applicantRelationship() != null) {
                rows.add(new SummaryRow("Applicant's relationship to the person at risk",
                        relationship(a.applicantRelationship())));
            }
        }
        rows.add(new SummaryRow("Person at risk", party(a.personAtRisk())));
        rows.add(new SummaryRow("Subject", party(a.subject())));
        rows.add(new SummaryRow("Risk level", a.riskLevel() == null ? "Not assessed yet"
                : a.riskLevel().label() + " (assessed " + Dates.day(a.riskAssessedOn()) + ")"));
        rows.add(new SummaryRow("Immediate risk at first contact", a.immediateRisk()
                ? "Yes: " + a.immediateRiskAction() : "No"));
        rows.add(new SummaryRow("Recorded by", a.recordedBy()));
        return rows;
    }

    static List<List<String>> stages(Application a) {
        List<List<String>> rows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            rows.add(a.stage(s).map(e -> List.of(s.label(), Dates.day(e.on()), e.note() == null ? "" : e.note(),
                    e.recordedBy())).orElse(List.of(s.label(), "Not yet", "", "")));
        }
        return rows;
    }

    static List<SummaryRow> decision(Application a) {
        if (a.decision() == null) {
            return List.of();
        }
        return List.of(new SummaryRow("Forum held", Dates.day(a.decision().forumOn())),
                new SummaryRow("Members", a.decision().members()),
                new SummaryRow("Agencies represented", a.decision().agencies().isEmpty() ? "Not recorded"
                        : String.join(", ", a.decision().agencies().stream().map(Decision.Agency::name).toList())),
                new SummaryRow("Decision", Boolean.TRUE.equals(a.decision().disclose()) ? "Disclose" : "Do not disclose"),
                new SummaryRow("Lawful", a.decision().lawful()),
                new SummaryRow("Necessary", a.decision().necessary()),
                new SummaryRow("Proportionate", a.decision().proportionate()),
                new SummaryRow("Recorded by", a.decisionRecordedBy()));
    }

    static List<SummaryRow> outcome(Application a) {
        if (a.open()) {
            return List.of();
        }
        if (a.recipient() != null) {
            return List.of(new SummaryRow("Disclosed on", Dates.day(a.closedOn())),
                    new SummaryRow("Disclosed to", party(a.recipient())),
                    new SummaryRow("Delivered in person by", a.deliveredBy()),
                    new SummaryRow("Safety plan", a.safetyPlan()));
        }
        return List.of(new SummaryRow("Closed on", Dates.day(a.closedOn())),
                new SummaryRow("Reason for no disclosure", a.noDisclosureReason()));
    }

    /** The figures table: per route and in all, every count suppressed by insights' routine. */
    static List<List<String>> figures(DisclosureFigures f) {
        List<List<String>> rows = new ArrayList<>();
        long[] total = new long[6];
        for (Route r : Route.values()) {
            DisclosureFigures.Row x = f.byRoute().get(r);
            rows.add(figureRow(r.label(), x));
            long[] v = {x.received(), x.disclosed(), x.notDisclosed(), x.open(), x.closedWithinTarget(),
                    x.totalDaysClosed()};
            for (int i = 0; i < 6; i++) {
                total[i] += v[i];
            }
        }
        rows.add(figureRow("All applications", new DisclosureFigures.Row(total[0], total[1], total[2], total[3],
                total[4], total[5])));
        return rows;
    }

    private static List<String> figureRow(String label, DisclosureFigures.Row x) {
        // disclosed, not disclosed and open add up to the received: one group
        List<Suppression.Count> parts = Suppression.group(x.disclosed(), x.notDisclosed(), x.open());
        Suppression.Count received = Suppression.single(x.received());
        Suppression.Count within = Suppression.single(x.closedWithinTarget());
        long closed = x.disclosed() + x.notDisclosed();
        Suppression.Count closedCount = Suppression.single(closed);
        String percent = parts.get(0).shown() && closedCount.shown() && closed > 0
                ? Math.round(100.0 * x.disclosed() / closed) + "%" : closed == 0 ? Cell.NONE_TEXT : Cell.HIDDEN_TEXT;
        String average = closedCount.shown() && closed > 0
                ? String.format("%.1f", (double) x.totalDaysClosed() / closed) : closed == 0 ? Cell.NONE_TEXT
                        : Cell.HIDDEN_TEXT;
        String withinPercent = within.shown() && closedCount.shown() && closed > 0
                ? Math.round(100.0 * x.closedWithinTarget() / closed) + "%" : closed == 0 ? Cell.NONE_TEXT
                        : Cell.HIDDEN_TEXT;
        return List.of(label, received.cell().text(), parts.get(0).cell().text(), parts.get(1).cell().text(),
                parts.get(2).cell().text(), percent, average, withinPercent);
    }

    static final List<String> FIGURE_HEADS = List.of("Route", "Received", "Disclosed", "Not disclosed", "Open",
            "Disclosed (% of closed)", "Average days taken (closed)", "Closed within 28 days");
}
