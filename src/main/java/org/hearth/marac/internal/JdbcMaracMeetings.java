package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.marac.NewMaracAction;
import org.hearth.marac.internal.MaracMeetingStore.CaseNotes;
import org.hearth.marac.internal.MaracMeetingStore.MeetingRow;
import org.hearth.partnership.AgencyId;
import org.hearth.people.People;
import org.hearth.platform.InvalidInputException;
import org.hearth.risk.RiskAssessments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a MARAC meeting, each call in one transaction: who may call (the MARAC's chair and coordinators; the minutes
 * also to the member agencies' representatives once issued) and the audit. The rules are {@link MaracMeetingRules}
 * (no database), the SQL {@link MaracMeetingStore}, the minutes PDF {@link MaracMinutes}.
 */
@Service
@Transactional
class JdbcMaracMeetings implements MaracMeetings {

    private final MaracMeetingStore store;
    private final Maracs maracs;
    private final JdbcMaracReferrals referrals;
    private final JdbcMaracResearch research;
    private final JdbcMaracActions actions;
    private final MaracMinutes minutes;
    private final People people;
    private final RiskAssessments risk;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(Dates.UK);

    JdbcMaracMeetings(MaracMeetingStore store, Maracs maracs, JdbcMaracReferrals referrals,
            JdbcMaracResearch research, JdbcMaracActions actions, MaracMinutes minutes, People people,
            RiskAssessments risk, AuditTrail audit) {
        this.store = store;
        this.maracs = maracs;
        this.referrals = referrals;
        this.research = research;
        this.actions = actions;
        this.minutes = minutes;
        this.people = people;
        this.risk = risk;
        this.audit = audit;
    }

    /** The meeting, to its MARAC's chair or a coordinator (else refused). */
    private MeetingRow chaired(MaracMeetingId id, boolean lock) {
        MeetingRow row = store.load(id, lock).orElseThrow(() -> new NoSuchElementException("No such meeting"));
        if (!JdbcMaracActions.chairs(marac(row))) {
            throw new AccessDeniedException("The meeting is run by the MARAC's chair and coordinators");
        }
        return row;
    }

    /** As {@link #chaired}, for a change: the agenda published, the meeting not yet held. */
    private MeetingRow running(MaracMeetingId id) {
        MeetingRow row = chaired(id, true);
        MaracMeetingRules.checkRunning(row);
        return row;
    }

    private Marac marac(MeetingRow row) {
        return maracs.find(row.meeting().marac()).orElseThrow();
    }

    /** The meeting's cases in agenda order: those listed on it, and those it adjourned to a later one. */
    List<MaracReferral> cases(MaracMeetingId id) {
        return referrals.select("(r.meeting_id = ? OR r.id IN (SELECT c.marac_referral_id FROM marac_case c"
                + " WHERE c.meeting_id = ?)) ORDER BY " + AgendaListing.ORDER, id.value(), id.value());
    }

    private MaracReferral onMeeting(MaracMeetingId id, MaracReferralId referral) {
        return cases(id).stream().filter(r -> r.id().equals(referral)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such case at this meeting"));
    }

    /** The audit ids of one case: the meeting, the referral, the victim and the perpetrators. */
    private static List<String> caseIds(MaracMeetingId id, MaracReferral r) {
        List<String> ids = new ArrayList<>(MaracMeetingRules.ids(id, List.of(r)));
        ids.add(1, r.id().toString());
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Run> run(MaracMeetingId id) {
        if (store.load(id, false).isEmpty()) {
            return Optional.empty();
        }
        MeetingRow row = chaired(id, false);
        Map<UUID, CaseNotes> notes = store.notes(id);
        Map<UUID, Long> counts = store.actionCounts(id);
        List<CaseLine> lines = cases(id).stream().map(r -> new CaseLine(r.id(), r.reference(), r.repeat(),
                r.riskScore(), notes.getOrDefault(r.id().value(), CaseNotes.NONE).outcome(),
                counts.getOrDefault(r.id().value(), 0L).intValue())).toList();
        audit.record(AuditAction.READ, "marac-meeting", List.of(id.toString()), "run: " + lines.size() + " cases");
        return Optional.of(new Run(row.meeting(), marac(row), lines, store.attendance(id), row.heldAt(),
                row.issuedAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFile> caseFile(MaracMeetingId id, MaracReferralId referralId) {
        if (store.load(id, false).isEmpty()) {
            return Optional.empty();
        }
        MeetingRow row = chaired(id, false);
        MaracMeetingRules.checkPublished(row);
        Optional<MaracReferral> found = cases(id).stream().filter(r -> r.id().equals(referralId)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MaracReferral r = found.get();
        MaracMeetingRules.Contact contact = MaracMeetingRules.contact(people.record(r.victim()));
        List<RiskLine> riskLines = risk.history(r.victim()).stream().map(a -> new RiskLine(a.assessedOn(), a.score(),
                a.finalGrade() == null ? "Not graded" : a.finalGrade().label(), a.questionnaireTitle())).toList();
        List<MaracAction> previous = actions.select("""
                r.victim_id = ? AND a.meeting_id <> ? AND m.meets_on <= ?
                ORDER BY m.meets_on DESC, a.due_on""", r.victim().value(), id.value(), row.meeting().meetsOn())
                .stream().map(JdbcMaracActions.Row::action).toList();
        List<MaracAction> agreed = actions.select("a.meeting_id = ? AND a.marac_referral_id = ? ORDER BY a.created_at",
                id.value(), referralId.value()).stream().map(JdbcMaracActions.Row::action).toList();
        CaseNotes n = store.notes(id, referralId);
        audit.record(AuditAction.READ, "marac-case", caseIds(id, r), "the chair's case page");
        List<String> named = new ArrayList<>(List.of(r.victim().toString()));
        r.perpetrators().forEach(p -> named.add(p.toString()));
        audit.record(AuditAction.READ, "person", named, "MARAC meeting case " + id);
        return Optional.of(new CaseFile(row.meeting(), marac(row), r, people.name(r.victim()).orElse("Unknown"),
                r.perpetrators().stream().map(p -> people.name(p).orElse("Unknown")).sorted().toList(), contact.safe(),
                riskLines, research.forCase(id, referralId), previous, agreed, n.minutes(), n.idvaUpdate(),
                n.sharedAddress(), n.outcome(), contact.address(), contact.confidential()));
    }

    @Override
    public void recordAttendance(MaracMeetingId id, Map<AgencyId, Attendance> attendance) {
        MeetingRow row = running(id);
        MaracMeetingRules.checkAttendance(marac(row), attendance);
        UUID by = Roles.actor().actorId();
        attendance.forEach((agency, status) -> store.attendance(id, agency, status, by));
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()),
                "attendance of " + attendance.size() + " agencies");
    }

    @Override
    public void recordCase(MaracMeetingId id, MaracReferralId referralId, String minutes, String idvaUpdate,
            boolean shareAddress, boolean close) {
        MeetingRow row = running(id);
        MaracReferral r = onMeeting(id, referralId);
        CaseNotes before = store.notes(id, referralId);
        String m = JdbcMaracActions.text(minutes);
        String idva = JdbcMaracActions.text(idvaUpdate);
        String shared = shareAddress ? MaracMeetingRules.shareableAddress(people.record(r.victim())) : null;
        Map<String, String> errors = MaracMeetingRules.caseErrors(before.outcome(), m, idva, close, shareAddress,
                shared);
        InvalidInputException.refuseIfAny(errors);
        Outcome outcome = close ? Outcome.CLOSED : before.outcome();
        store.saveCase(id, referralId, new CaseNotes(m, idva, shared, outcome), Roles.actor().actorId());
        if (close) {
            store.close(referralId, row.meeting().meetsOn());
        }
        audit.record(AuditAction.UPDATE, "marac-case", caseIds(id, r),
                (close ? "minutes recorded; case closed" : "minutes recorded")
                        + (shared != null ? "; address shared in the minutes" : ""));
    }

    @Override
    public MaracAction addAction(MaracMeetingId id, MaracReferralId referralId, NewMaracAction a) {
        MeetingRow row = running(id);
        Marac marac = marac(row);
        MaracReferral r = onMeeting(id, referralId);
        CaseNotes before = store.notes(id, referralId);
        String description = JdbcMaracActions.text(a.description());
        String riskText = JdbcMaracActions.text(a.risk());
        Map<String, String> errors = MaracMeetingRules.actionErrors(before.outcome(), a, description, riskText, marac,
                row.meeting().meetsOn());
        InvalidInputException.refuseIfAny(errors);
        UUID actionId = UUID.randomUUID();
        store.addAction(actionId, id, referralId, a.subject(), description, riskText, a.owner(), a.dueOn(),
                Roles.actor().actorId());
        MaracAction action = actions.select("a.id = ?", actionId).get(0).action();
        int grants = actions.grant(marac, action);
        List<String> ids = new ArrayList<>(List.of(actionId.toString(), referralId.toString()));
        ids.addAll(MaracMeetingRules.ids(id, List.of(r)));
        audit.record(AuditAction.CREATE, "marac-action", ids, a.subject() + " action for agency " + a.owner()
                + " due " + a.dueOn() + "; " + grants + " MARAC action grants");
        return action;
    }

    @Override
    public void adjourn(MaracMeetingId id, MaracReferralId referralId) {
        MeetingRow row = running(id);
        adjournCase(row, onMeeting(id, referralId));
    }

    private void adjournCase(MeetingRow row, MaracReferral r) {
        MaracMeetingId id = row.meeting().id();
        CaseNotes before = store.notes(id, r.id());
        if (before.outcome() == Outcome.CLOSED) {
            throw InvalidInputException.of("meeting", "The case was closed at this meeting");
        }
        if (before.outcome() == Outcome.ADJOURNED) {
            return;
        }
        Optional<UUID> next = store.nextOpenMeeting(row.meeting().marac(), row.meeting().meetsOn());
        store.adjourn(id, r.id(), next.orElse(null), Roles.actor().actorId());
        audit.record(AuditAction.UPDATE, "marac-case", List.of(id.toString(), r.id().toString(), r.victim().toString()),
                "adjourned to " + next.map(m -> "meeting " + m).orElse("the next meeting (awaiting listing)"));
    }

    @Override
    public void markHeld(MaracMeetingId id) {
        MeetingRow row = running(id);
        MaracMeetingRules.checkHeldOn(row.meeting().meetsOn(), LocalDate.now(clock));
        Map<UUID, CaseNotes> notes = store.notes(id);
        int adjourned = 0;
        for (MaracReferral r : cases(id)) {
            CaseNotes n = notes.get(r.id().value());
            if (n == null || n.outcome() == Outcome.WAITING) {
                adjournCase(row, r);
                adjourned++;
            }
        }
        store.markHeld(id, Roles.actor().actorId());
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()),
                "held; " + adjourned + " cases not discussed adjourned");
    }

    @Override
    public void issueMinutes(MaracMeetingId id) {
        MeetingRow row = chaired(id, true);
        if (row.heldAt() == null) {
            throw InvalidInputException.of("meeting", "Mark the meeting held before issuing its minutes");
        }
        if (row.issuedAt() != null) {
            return;
        }
        store.issueMinutes(id, Roles.actor().actorId());
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()), "minutes issued to "
                + marac(row).members().size() + " member agencies");
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] minutesPdf(MaracMeetingId id, AgencyId agency) {
        MeetingRow row = store.load(id, false).orElseThrow(() -> new NoSuchElementException("No such meeting"));
        Marac marac = marac(row);
        boolean chair = JdbcMaracActions.chairs(marac);
        if (!chair && (agency == null || !actions.represents(marac, agency) || row.issuedAt() == null)) {
            throw new AccessDeniedException("Minutes go to the member agencies' named representatives once issued");
        }
        if (agency == null || marac.member(agency).isEmpty()) {
            throw InvalidInputException.of("agency", "Choose a member agency of the MARAC");
        }
        if (row.heldAt() == null) {
            throw InvalidInputException.of("meeting", "The meeting has not been held: there are no minutes yet");
        }
        List<MaracReferral> cases = cases(id);
        byte[] pdf = minutes.pdf(row, marac, cases, agency);
        List<String> ids = new ArrayList<>(MaracMeetingRules.ids(id, cases));
        ids.add(1, agency.toString());
        audit.record(AuditAction.EXPORT, "marac-minutes", ids, "minutes PDF for agency " + agency);
        return pdf;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedMinutes> minutesForMe() {
        Actor me = Roles.actor();
        StaffUserId user = new StaffUserId(me.actorId());
        return store.issuedTo(user.value()).stream().filter(m -> maracs.mayRepresent(user, m.agency())).toList();
    }
}
