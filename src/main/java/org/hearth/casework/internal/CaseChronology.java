package org.hearth.casework.internal;

import static org.hearth.casework.internal.CaseRow.instant;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hearth.casework.Attendance;
import org.hearth.casework.Case;
import org.hearth.casework.CaseNote;
import org.hearth.casework.ChronologyEntry;
import org.hearth.casework.ContactAttempt;
import org.hearth.casework.CourtEventKind;
import org.hearth.casework.MeasureStatus;
import org.hearth.casework.OutcomeStage;
import org.hearth.casework.RiskLevel;
import org.hearth.casework.SafetyPlan;
import org.hearth.casework.SpecialMeasure;
import org.hearth.marac.MaracReferrals;
import org.hearth.orders.Breach;
import org.hearth.orders.Orders;
import org.hearth.orders.ProtectiveOrder;
import org.hearth.platform.Dates;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.hearth.risk.RiskAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's chronology, assembled: what happened on the case (referral, handovers, allocation, contact, notes, plans,
 * outcomes, closures, court), and from other modules what the reader is allowed: protective orders and the person's
 * referrals, risk assessments and MARAC referrals. Whether the reader may have those is decided by the caller
 * ({@link JdbcCasework#chronology}, through {@code PersonAccess}); this class only reads and words them.
 */
@Component
class CaseChronology {

    /** What the reader may see beyond the case: orders (a real ground), the person's other records (may view). */
    record Reach(boolean orders, boolean records) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final Orders orders;
    private final Referrals referrals;
    private final RiskAssessments risk;
    private final MaracReferrals maracReferrals;

    CaseChronology(JdbcClient jdbc, CaseStore store, Orders orders, Referrals referrals, RiskAssessments risk,
            MaracReferrals maracReferrals) {
        this.jdbc = jdbc;
        this.store = store;
        this.orders = orders;
        this.referrals = referrals;
        this.risk = risk;
        this.maracReferrals = maracReferrals;
    }

    List<ChronologyEntry> of(Case c, Reach reach) {
        List<ChronologyEntry> out = new ArrayList<>();
        out.add(new ChronologyEntry(c.referredOn(), "Case", "Referred to " + c.serviceName() + " by " + c.referredBy()
                + " (" + c.source().label() + ")" + (c.reason() == null ? "" : ": " + c.reason())));
        handovers(c, out);
        if (c.allocatedAt() != null) {
            out.add(new ChronologyEntry(day(c.allocatedAt()), "Case", "Allocated to " + c.workerName()));
        }
        for (ContactAttempt a : store.contacts(c.id())) {
            out.add(new ChronologyEntry(day(a.attemptedAt()), "Contact attempt", a.method().label() + ": "
                    + a.outcome().label() + (a.unsafeChannel() ? " (on a channel marked unsafe)" : "")
                    + (a.notes() == null ? "" : ". " + a.notes())));
        }
        for (CaseNote n : store.notes(c.id())) {
            out.add(new ChronologyEntry(n.notedOn(), "Note: " + n.type().label(), n.text()));
        }
        for (SafetyPlan p : store.plans(c.id())) {
            out.add(new ChronologyEntry(day(p.recordedAt()), "Safety plan", "Version " + p.version() + " written by "
                    + p.recordedBy()));
        }
        outcomesAndClosures(c, out);
        court(c, out);
        if (reach.orders()) {
            orders(c, out);
        }
        if (reach.records()) {
            for (ReferralId rid : referrals.forVictim(c.person())) {
                referrals.find(rid).ifPresent(ref -> out.add(new ChronologyEntry(ref.receivedOn(), "Referral",
                        ref.reference() + " received" + (ref.triaged() ? "; hub decision: " + ref.triageOutcome().label()
                                : ""))));
            }
            risk.history(c.person()).forEach(a -> out.add(new ChronologyEntry(a.assessedOn(), "Risk assessment",
                    a.questionnaireTitle() + ": score " + a.score() + ", graded " + a.finalGrade().label())));
            maracReferrals.forVictim(c.person()).forEach(m -> out.add(new ChronologyEntry(m.referredOn(),
                    "MARAC", "Referred to MARAC: " + m.reference() + (m.repeat() ? " (a repeat)" : ""))));
        }
        out.sort(Comparator.comparing(ChronologyEntry::on));
        return out;
    }

    private void handovers(Case c, List<ChronologyEntry> out) {
        jdbc.sql("""
                SELECT h.requested_at, h.accepted_at, h.note, fs.name AS from_name, ts.name AS to_name,
                    tu.display_name AS to_worker FROM casework_handover h
                JOIN casework_service fs ON fs.id = h.from_service_id JOIN casework_service ts ON ts.id = h.to_service_id
                LEFT JOIN staff_user tu ON tu.id = h.to_worker_id WHERE h.case_id = :caseId""")
                .param("caseId", c.id().value()).query((rs, n) -> {
                    String to = rs.getString("to_worker") != null ? rs.getString("to_worker") : rs.getString("to_name");
                    out.add(new ChronologyEntry(day(instant(rs, "requested_at")), "Handover",
                            "Handover to " + to + " requested: " + rs.getString("note")));
                    Instant accepted = instant(rs, "accepted_at");
                    if (accepted != null) {
                        out.add(new ChronologyEntry(day(accepted), "Handover", "Handover to " + to + " accepted"));
                    }
                    return null;
                }).list();
    }

    private void outcomesAndClosures(Case c, List<ChronologyEntry> out) {
        jdbc.sql("SELECT o.stage, o.recorded_on, o.risk FROM casework_outcome o WHERE o.case_id = :caseId")
                .param("caseId", c.id().value()).query((rs, n) -> out.add(new ChronologyEntry(
                        rs.getObject("recorded_on", LocalDate.class), "Outcomes",
                        OutcomeStage.valueOf(rs.getString("stage")).label() + " outcomes recorded; risk "
                                + RiskLevel.valueOf(rs.getString("risk")).label().toLowerCase(Locale.UK)))).list();
        jdbc.sql("""
                SELECT k.closed_on, r.label, k.note, k.reopened_at, k.reopen_reason FROM casework_closure k
                JOIN casework_closure_reason r ON r.code = k.reason WHERE k.case_id = :caseId""")
                .param("caseId", c.id().value()).query((rs, n) -> {
                    String note = rs.getString("note");
                    out.add(new ChronologyEntry(rs.getObject("closed_on", LocalDate.class), "Case",
                            "Closed: " + rs.getString("label") + (note == null ? "" : ". " + note)));
                    Instant reopened = instant(rs, "reopened_at");
                    if (reopened != null) {
                        out.add(new ChronologyEntry(day(reopened), "Case", "Reopened: " + rs.getString("reopen_reason")));
                    }
                    return null;
                }).list();
    }

    private void court(Case c, List<ChronologyEntry> out) {
        jdbc.sql("""
                SELECT kind, event_on, event_time, court, details, attendance FROM casework_court_event
                WHERE case_id = :caseId""").param("caseId", c.id().value()).query((rs, n) -> {
                    String court = rs.getString("court");
                    String details = rs.getString("details");
                    String attendance = rs.getString("attendance");
                    Time time = rs.getTime("event_time");
                    return out.add(new ChronologyEntry(rs.getObject("event_on", LocalDate.class), "Court",
                            CourtEventKind.valueOf(rs.getString("kind")).label()
                                    + (time == null ? "" : " at " + time.toLocalTime())
                                    + (court == null ? "" : ", " + court) + (details == null ? "" : ": " + details)
                                    + (attendance == null ? "" : " (victim: "
                                            + Attendance.valueOf(attendance).label().toLowerCase(Locale.UK) + ")")));
                }).list();
        jdbc.sql("""
                SELECT measure, status, requested_on, decided_on FROM casework_special_measure
                WHERE case_id = :caseId""").param("caseId", c.id().value()).query((rs, n) -> {
                    String measure = SpecialMeasure.valueOf(rs.getString("measure")).label();
                    out.add(new ChronologyEntry(rs.getObject("requested_on", LocalDate.class), "Court",
                            "Special measure requested: " + measure));
                    LocalDate decided = rs.getObject("decided_on", LocalDate.class);
                    if (decided != null) {
                        out.add(new ChronologyEntry(decided, "Court", "Special measure "
                                + MeasureStatus.valueOf(rs.getString("status")).label().toLowerCase(Locale.UK)
                                + ": " + measure));
                    }
                    return null;
                }).list();
    }

    private void orders(Case c, List<ChronologyEntry> out) {
        for (ProtectiveOrder o : orders.forPerson(c.person())) {
            boolean isProtected = o.protectedPersons().stream().anyMatch(p -> p.id().equals(c.person()));
            out.add(new ChronologyEntry(day(o.madeAt()), "Protective order", o.reference() + ": "
                    + o.type().shortName() + (isProtected ? " protecting the person" : " against the person")
                    + ", from " + Dates.DAY.format(o.startsOn())
                    + (o.endsOn() == null ? "" : " to " + Dates.DAY.format(o.endsOn()))));
            for (Breach b : o.breaches()) {
                out.add(new ChronologyEntry(b.occurredOn(), "Protective order", "Breach of " + o.reference()
                        + (b.policeResponse() == null ? "" : ": " + b.policeResponse().label())));
            }
        }
    }

    static LocalDate day(Instant at) {
        return at.atZone(Dates.UK).toLocalDate();
    }
}
