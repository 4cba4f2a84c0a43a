package org.hearth.hub.internal;

import static org.hearth.hub.internal.HubAccess.actor;
import static org.hearth.hub.internal.HubAccess.requireCoordinator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.hearth.access.Actor;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub meetings' rules and audit, behind {@link HubMeetings}: who may act is {@link HubAccess}'s, what attending
 * grants is {@link HubGrants}', the agenda is built by {@link HubAgenda}, the SQL is {@link HubStore}'s and the
 * figures {@link HubFigures}'.
 */
@Service
@Transactional
class JdbcHubMeetings implements HubMeetings {

    private final HubStore store;
    private final HubAccess guard;
    private final HubGrants grants;
    private final HubAgenda agendas;
    private final HubFigures figures;
    private final AuditTrail audit;
    private final Referrals referrals;
    private final WorkingDays workingDays;
    private final StaffUsers staff;
    private final Partnerships partnerships;

    JdbcHubMeetings(HubStore store, HubAccess guard, HubGrants grants, HubAgenda agendas, HubFigures figures,
            AuditTrail audit, Referrals referrals, WorkingDays workingDays, StaffUsers staff, Partnerships partnerships) {
        this.store = store;
        this.guard = guard;
        this.grants = grants;
        this.agendas = agendas;
        this.figures = figures;
        this.audit = audit;
        this.referrals = referrals;
        this.workingDays = workingDays;
        this.staff = staff;
        this.partnerships = partnerships;
    }

    // ------------------------------------------------------------------------------------------- meetings

    @Override
    @Transactional(readOnly = true)
    public LocalDate windowFrom(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!workingDays.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meetingOn(AreaId area, LocalDate day) {
        Optional<Meeting> m = store.meetingOn(area, day);
        m.ifPresent(x -> guard.requireMayOpen(x.id()));
        return m;
    }

    @Override
    public Meeting open(AreaId area, LocalDate day) {
        requireCoordinator();
        if (!workingDays.isWorkingDay(day)) {
            throw InvalidInputException.of("day", "The hub meets on working days: "
                    + Dates.DAY.format(day) + " is a weekend or a bank holiday. The next meeting is on "
                    + Dates.DAY.format(workingDays.nextWorkingDay(day)) + ".");
        }
        if (partnerships.area(area).isEmpty()) {
            throw InvalidInputException.of("area", "Choose an area");
        }
        Optional<Meeting> existing = store.meetingOn(area, day);
        if (existing.isPresent()) {
            return existing.get();
        }
        HubMeetingId id = HubMeetingId.random();
        if (!store.insertMeeting(id, area, day, windowFrom(day), actor().actorId())) {
            return open(area, day);
        }
        audit.record(AuditAction.CREATE, "hub-meeting", List.of(id.toString()), "opened for " + day);
        agendas.build(id);
        return store.meeting(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(HubMeetingId id) {
        Optional<Meeting> m = store.meeting(id);
        if (m.isPresent()) {
            guard.requireMayOpen(id);
        }
        return m;
    }

    @Override
    public void start(HubMeetingId id) {
        requireCoordinator();
        store.start(id);
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString()), "started");
    }

    @Override
    public void end(HubMeetingId id) {
        requireCoordinator();
        Meeting m = store.meeting(id).orElseThrow(() -> new NoSuchElementException("No such meeting"));
        if (m.ended()) {
            return;
        }
        if (!m.started()) {
            throw InvalidInputException.of("meeting", "Start the meeting before ending it");
        }
        int notReached = store.end(id);
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString()),
                "ended; " + notReached + " not reached, rolled to the next meeting");
    }

    // ------------------------------------------------------------------------------------------- the agenda

    @Override
    @Transactional(readOnly = true)
    public List<AgendaCase> agenda(HubMeetingId id) {
        guard.requireMayOpen(id);
        List<AgendaCase> cases = guard.readable(store.agenda(id));
        if (!cases.isEmpty()) {
            audit.record(AuditAction.READ, "person", cases.stream().map(c -> c.victim().toString()).toList(),
                    "hub meeting " + id + ": agenda");
        }
        return cases;
    }

    @Override
    public int refreshAgenda(HubMeetingId id) {
        requireCoordinator();
        int added = agendas.build(id);
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString()), "agenda refreshed: " + added + " added");
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Unplaced> withoutArea() {
        requireCoordinator();
        List<Unplaced> out = referrals.withoutArea().stream()
                .map(c -> new Unplaced(c.id(), c.reference(), c.source(), c.receivedOn(), c.victim(), c.grade(),
                        c.score(), c.children().size()))
                .toList();
        if (!out.isEmpty()) {
            audit.record(AuditAction.READ, "person", out.stream().map(u -> u.victim().toString()).toList(),
                    "hub: cases with no area");
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public int withoutAreaCount() {
        requireCoordinator();
        return store.countWithoutArea();
    }

    @Override
    public Optional<HubMeetingId> place(ReferralId referral, AreaId area) {
        requireCoordinator();
        // refuses an unknown area and a referral that has one (field "area"), audited on the referral
        referrals.placeInArea(referral, area);
        store.insertPlacement(referral, area, actor().actorId());
        // the area's meeting today (or a later one already opened), if not ended, takes it at once
        Optional<HubMeetingId> meeting = store.openMeetingFrom(area, LocalDate.now(Dates.UK));
        meeting.ifPresent(agendas::build);
        audit.record(AuditAction.UPDATE, "hub-placement", List.of(referral.toString()), "area " + area.value());
        return meeting;
    }

    // ------------------------------------------------------------------------------------------- attendance

    @Override
    @Transactional(readOnly = true)
    public List<Attendance> attendance(HubMeetingId id) {
        guard.requireMayOpen(id);
        return store.attendance(id);
    }

    @Override
    public void recordAttendance(HubMeetingId id, AgencyId agency, StaffUserId representative) {
        requireCoordinator();
        Meeting m = store.meeting(id).orElseThrow(() -> new NoSuchElementException("No such meeting"));
        Optional<StaffUser> rep = representative == null ? Optional.empty() : staff.find(representative);
        HubInput.attendance(agency, agency != null && partnerships.agency(agency).isPresent(), rep, m.ended());
        // a representative replaced by another loses the day's grants at once
        store.representative(id, agency).ifPresent(previous -> grants.endReplaced(m, previous, representative));
        store.attend(id, agency, representative);
        int granted = grants.grantCases(m, representative);
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString(), agency.toString()),
                "attending; " + granted + " hub meeting grants to the representative");
    }

    // ------------------------------------------------------------------------------------------- a case

    @Override
    @Transactional(readOnly = true)
    public Optional<AgendaCase> openCase(HubMeetingId meeting, HubCaseId id) {
        guard.requireMayOpen(meeting);
        Optional<AgendaCase> c = store.hubCase(id).filter(x -> x.meeting().equals(meeting));
        c.ifPresent(x -> {
            guard.requireOnCase(x);
            List<String> ids = new ArrayList<>();
            ids.add(x.victim().toString());
            x.perpetrators().forEach(p -> ids.add(p.toString()));
            x.children().forEach(p -> ids.add(p.toString()));
            audit.record(AuditAction.READ, "person", ids, "hub meeting " + meeting + ": case " + x.reference());
        });
        return c;
    }

    private AgendaCase caseForWrite(HubCaseId id) {
        AgendaCase c = store.hubCase(id).orElseThrow(() -> new NoSuchElementException("No such case"));
        guard.requireCaseParts(c);
        return c;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Information> information(HubCaseId id) {
        caseForWrite(id);
        return store.information(id);
    }

    @Override
    public void addInformation(HubCaseId id, AgencyId agency, String text) {
        AgendaCase c = caseForWrite(id);
        Meeting m = store.meeting(c.meeting()).orElseThrow();
        Actor me = actor();
        AgencyId forAgency = HubAccess.recordingFor(agency);
        HubInput.information(text, m.ended());
        store.insertInformation(id, forAgency, text.trim(), !m.started(), me.actorId());
        audit.record(AuditAction.UPDATE, "hub-case", List.of(id.toString(), c.victim().toString()),
                "information from agency " + forAgency);
    }

    @Override
    public void decide(HubCaseId id, Set<TriageOutcome> outcomes, String reason) {
        requireCoordinator();
        AgendaCase c = caseForWrite(id);
        Meeting m = store.meeting(c.meeting()).orElseThrow();
        if (!m.started() || m.ended()) {
            throw InvalidInputException.of("outcomes", m.ended() ? "The meeting has ended"
                    : "Start the meeting before recording its decisions");
        }
        // refuses an empty or exclusive-with-others set (field "outcomes") and a missing reason; publishes the event
        referrals.triage(c.referral(), outcomes, reason, false);
        store.decided(id, actor().actorId());
    }

    // ------------------------------------------------------------------------------------------- actions

    @Override
    @Transactional(readOnly = true)
    public List<Action> actions(HubCaseId id) {
        caseForWrite(id);
        return store.actions(id);
    }

    @Override
    public HubActionId addAction(HubCaseId id, NewAction a) {
        requireCoordinator();
        AgendaCase c = caseForWrite(id);
        HubInput.action(a, a.owner() != null && partnerships.agency(a.owner()).isPresent(), Instant.now());
        HubActionId actionId = HubActionId.random();
        store.insertAction(actionId, id, a, actor().actorId());
        audit.record(AuditAction.CREATE, "hub-action", List.of(actionId.toString(), c.victim().toString()),
                "owner agency " + a.owner());
        return actionId;
    }

    @Override
    public void completeAction(HubActionId id) {
        Actor me = actor();
        Action a = store.action(id).orElseThrow(() -> new NoSuchElementException("No such action"));
        HubAccess.requireMayComplete(a);
        store.completeAction(id, me.actorId());
        audit.record(AuditAction.UPDATE, "hub-action", List.of(id.toString()), "done");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> openActionsOfMyAgency() {
        return store.openActionsOf(actor().agency());
    }

    // ------------------------------------------------------------------------------------------- figures

    @Override
    @Transactional(readOnly = true)
    public Map<TriageOutcome, Integer> outcomes(AreaId area, LocalDate from, LocalDate to) {
        HubAccess.requireFigures();
        return figures.outcomes(area, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Volume> volumes(AreaId area, LocalDate from, LocalDate to) {
        HubAccess.requireFigures();
        return figures.volumes(area, from, to);
    }
}
