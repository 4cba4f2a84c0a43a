package org.hearth.marac.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.marac.Meeting;
import org.hearth.marac.NewMaracAction;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.Address;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.platform.InvalidInputException;
import org.hearth.risk.RiskAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcMaracMeetings implements MaracMeetings {

    static final int MAX_MINUTES = 8000;
    static final int MAX_IDVA = 4000;
    static final int MAX_ACTION = 2000;
    static final int MAX_RISK = 1000;

    private final JdbcClient jdbc;
    private final Maracs maracs;
    private final JdbcMaracReferrals referrals;
    private final JdbcMaracResearch research;
    private final JdbcMaracActions actions;
    private final People people;
    private final RiskAssessments risk;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(JdbcMaracReferrals.UK);

    JdbcMaracMeetings(JdbcClient jdbc, Maracs maracs, JdbcMaracReferrals referrals, JdbcMaracResearch research,
            JdbcMaracActions actions, People people, RiskAssessments risk, Partnerships partnerships,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.maracs = maracs;
        this.referrals = referrals;
        this.research = research;
        this.actions = actions;
        this.people = people;
        this.risk = risk;
        this.partnerships = partnerships;
        this.audit = audit;
    }

    /** A meeting row with what running it needs. */
    private record Row(Meeting meeting, Instant heldAt, Instant issuedAt) {
    }

    private Optional<Row> load(MaracMeetingId id, boolean lock) {
        return jdbc.sql("SELECT * FROM marac_meeting WHERE id = ?" + (lock ? " FOR UPDATE" : "")).param(id.value())
                .query((rs, n) -> {
                    Timestamp published = rs.getTimestamp("published_at");
                    Timestamp held = rs.getTimestamp("held_at");
                    Timestamp issued = rs.getTimestamp("minutes_issued_at");
                    return new Row(new Meeting(id, new MaracId(rs.getObject("marac_id", UUID.class)),
                            rs.getObject("meets_on", LocalDate.class), published == null ? null : published.toInstant()),
                            held == null ? null : held.toInstant(), issued == null ? null : issued.toInstant());
                }).optional();
    }

    /** The meeting, to its MARAC's chair or a coordinator (else refused). */
    private Row chaired(MaracMeetingId id, boolean lock) {
        Row row = load(id, lock).orElseThrow(() -> new java.util.NoSuchElementException("No such meeting"));
        if (!JdbcMaracActions.chairs(marac(row))) {
            throw new AccessDeniedException("The meeting is run by the MARAC's chair and coordinators");
        }
        return row;
    }

    /** As {@link #chaired}, for a change: the agenda published, the meeting not yet held. */
    private Row running(MaracMeetingId id) {
        Row row = chaired(id, true);
        if (!row.meeting().published()) {
            throw InvalidInputException.of("meeting", "Publish the agenda before running the meeting");
        }
        if (row.heldAt() != null) {
            throw InvalidInputException.of("meeting", "The meeting has been marked held: it can no longer change");
        }
        return row;
    }

    private Marac marac(Row row) {
        return maracs.find(row.meeting().marac()).orElseThrow();
    }

    /** The meeting's cases in agenda order: those listed on it, and those it adjourned to a later one. */
    private List<MaracReferral> cases(MaracMeetingId id) {
        return referrals.select("(r.meeting_id = ? OR r.id IN (SELECT c.marac_referral_id FROM marac_case c"
                + " WHERE c.meeting_id = ?)) ORDER BY " + AgendaListing.ORDER, id.value(), id.value());
    }

    private MaracReferral onMeeting(MaracMeetingId id, MaracReferralId referral) {
        return cases(id).stream().filter(r -> r.id().equals(referral)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such case at this meeting"));
    }

    private record Notes(String minutes, String idvaUpdate, String sharedAddress, Outcome outcome) {
    }

    private Map<UUID, Notes> notes(MaracMeetingId id) {
        Map<UUID, Notes> notes = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM marac_case WHERE meeting_id = ?").param(id.value()).query((rs, n) -> {
            String outcome = rs.getString("outcome");
            notes.put(rs.getObject("marac_referral_id", UUID.class), new Notes(rs.getString("minutes"),
                    rs.getString("idva_update"), rs.getString("shared_address"),
                    outcome == null ? Outcome.WAITING : Outcome.valueOf(outcome)));
            return null;
        }).list();
        return notes;
    }

    private Map<AgencyId, Attendance> attendance(MaracMeetingId id) {
        Map<AgencyId, Attendance> map = new LinkedHashMap<>();
        jdbc.sql("SELECT agency_id, status FROM marac_attendance WHERE meeting_id = ?").param(id.value())
                .query((rs, n) -> map.put(new AgencyId(rs.getObject(1, UUID.class)), Attendance.valueOf(rs.getString(2))))
                .list();
        return map;
    }

    private static List<String> ids(MaracMeetingId meeting, List<MaracReferral> cases) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(meeting.toString());
        for (MaracReferral r : cases) {
            ids.add(r.victim().toString());
            r.perpetrators().forEach(p -> ids.add(p.toString()));
        }
        return List.copyOf(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Run> run(MaracMeetingId id) {
        if (load(id, false).isEmpty()) {
            return Optional.empty();
        }
        Row row = chaired(id, false);
        List<MaracReferral> cases = cases(id);
        Map<UUID, Notes> notes = notes(id);
        Map<UUID, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT marac_referral_id, count(*) FROM marac_action WHERE meeting_id = ? GROUP BY 1")
                .param(id.value()).query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        List<CaseLine> lines = cases.stream().map(r -> new CaseLine(r.id(), r.reference(), r.repeat(), r.riskScore(),
                Optional.ofNullable(notes.get(r.id().value())).map(Notes::outcome).orElse(Outcome.WAITING),
                counts.getOrDefault(r.id().value(), 0L).intValue())).toList();
        audit.record(AuditAction.READ, "marac-meeting", List.of(id.toString()), "run: " + lines.size() + " cases");
        return Optional.of(new Run(row.meeting(), marac(row), lines, attendance(id), row.heldAt(), row.issuedAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFile> caseFile(MaracMeetingId id, MaracReferralId referralId) {
        if (load(id, false).isEmpty()) {
            return Optional.empty();
        }
        Row row = chaired(id, false);
        if (!row.meeting().published()) {
            throw InvalidInputException.of("meeting", "Publish the agenda before running the meeting");
        }
        Optional<MaracReferral> found = cases(id).stream().filter(r -> r.id().equals(referralId)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MaracReferral r = found.get();
        Marac marac = marac(row);
        // safe contact first, and never the safe phone or address; no confidential address on the page
        SafeContact safe = SafeContact.notYetAsked();
        String address = null;
        boolean confidential = false;
        Optional<PersonRecord> record = people.record(r.victim());
        if (record.isPresent() && record.get().full()) {
            PersonRecord p = record.get();
            safe = p.safeContact() == null ? SafeContact.notYetAsked() : p.safeContact().withoutContactDetails();
            confidential = p.hiddenConfidentialAddresses() > 0
                    || p.addresses().stream().anyMatch(a -> a.current() && (a.confidential() || a.inRefuge()));
            address = p.addresses().stream().filter(a -> a.current() && !a.confidential() && !a.inRefuge())
                    .findFirst().map(Address::oneLine).orElse(null);
        }
        List<RiskLine> riskLines = risk.history(r.victim()).stream().map(a -> new RiskLine(a.assessedOn(), a.score(),
                a.finalGrade() == null ? "Not graded" : a.finalGrade().label(), a.questionnaireTitle())).toList();
        List<MaracAction> previous = actions.select("""
                r.victim_id = ? AND a.meeting_id <> ? AND m.meets_on <= ?
                ORDER BY m.meets_on DESC, a.due_on""", r.victim().value(), id.value(), row.meeting().meetsOn())
                .stream().map(JdbcMaracActions.Row::action).toList();
        List<MaracAction> agreed = actions.select("a.meeting_id = ? AND a.marac_referral_id = ? ORDER BY a.created_at",
                id.value(), referralId.value()).stream().map(JdbcMaracActions.Row::action).toList();
        Notes n = notes(id).getOrDefault(referralId.value(), new Notes(null, null, null, Outcome.WAITING));
        List<String> ids = new ArrayList<>(ids(id, List.of(r)));
        ids.add(1, referralId.toString());
        audit.record(AuditAction.READ, "marac-case", ids, "the chair's case page");
        return Optional.of(new CaseFile(row.meeting(), marac, r, people.name(r.victim()).orElse("Unknown"),
                r.perpetrators().stream().map(p -> people.name(p).orElse("Unknown")).sorted().toList(), safe, riskLines,
                research.forCase(id, referralId), previous, agreed, n.minutes(), n.idvaUpdate(), n.sharedAddress(),
                n.outcome(), address, confidential));
    }

    @Override
    public void recordAttendance(MaracMeetingId id, Map<AgencyId, Attendance> attendance) {
        Row row = running(id);
        Marac marac = marac(row);
        Map<String, String> errors = new LinkedHashMap<>();
        attendance.forEach((agency, status) -> {
            if (agency == null || marac.member(agency).isEmpty()) {
                errors.put("attendance", "Record attendance for the MARAC's member agencies only");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        attendance.forEach((agency, status) -> {
            if (status == null) {
                jdbc.sql("DELETE FROM marac_attendance WHERE meeting_id = ? AND agency_id = ?")
                        .params(id.value(), agency.value()).update();
            } else {
                jdbc.sql("""
                        INSERT INTO marac_attendance (meeting_id, agency_id, status, recorded_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (meeting_id, agency_id) DO UPDATE SET status = EXCLUDED.status,
                            recorded_at = now(), recorded_by = EXCLUDED.recorded_by""")
                        .params(id.value(), agency.value(), status.name(), Roles.actor().actorId()).update();
            }
        });
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()),
                "attendance of " + attendance.size() + " agencies");
    }

    @Override
    public void recordCase(MaracMeetingId id, MaracReferralId referralId, String minutes, String idvaUpdate,
            boolean shareAddress, boolean close) {
        Row row = running(id);
        MaracReferral r = onMeeting(id, referralId);
        Notes before = notes(id).getOrDefault(referralId.value(), new Notes(null, null, null, Outcome.WAITING));
        String m = JdbcMaracActions.text(minutes);
        String idva = JdbcMaracActions.text(idvaUpdate);
        Map<String, String> errors = new LinkedHashMap<>();
        if (before.outcome() == Outcome.ADJOURNED) {
            errors.put("minutes", "The case was adjourned to the next meeting");
        }
        if (m != null && m.length() > MAX_MINUTES) {
            errors.put("minutes", "The minutes must be " + MAX_MINUTES + " characters or fewer");
        } else if (close && m == null) {
            errors.putIfAbsent("minutes", "Enter the minutes before closing the case");
        }
        if (idva != null && idva.length() > MAX_IDVA) {
            errors.put("idvaUpdate", "The IDVA's update must be " + MAX_IDVA + " characters or fewer");
        }
        String shared = null;
        if (shareAddress) {
            Optional<PersonRecord> p = people.record(r.victim());
            shared = p.filter(PersonRecord::full).flatMap(x -> x.addresses().stream().filter(Address::current)
                    .findFirst()).map(Address::oneLine).orElse(null);
            if (shared == null) {
                errors.put("shareAddress", "No current address you can see is held for the victim: there is nothing to"
                        + " share");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Outcome outcome = close ? Outcome.CLOSED : before.outcome();
        jdbc.sql("""
                INSERT INTO marac_case (meeting_id, marac_referral_id, minutes, idva_update, shared_address, outcome,
                    updated_by) VALUES (:m, :r, :minutes, :idva, :shared, :outcome, :by)
                ON CONFLICT (meeting_id, marac_referral_id) DO UPDATE SET minutes = EXCLUDED.minutes,
                    idva_update = EXCLUDED.idva_update, shared_address = EXCLUDED.shared_address,
                    outcome = EXCLUDED.outcome, updated_at = now(), updated_by = EXCLUDED.updated_by""")
                .param("m", id.value()).param("r", referralId.value()).param("minutes", m).param("idva", idva)
                .param("shared", shared).param("outcome", outcome == Outcome.WAITING ? null : outcome.name())
                .param("by", Roles.actor().actorId()).update();
        if (close) {
            jdbc.sql("UPDATE marac_referral SET closed_on = ? WHERE id = ?")
                    .params(row.meeting().meetsOn(), referralId.value()).update();
        }
        List<String> ids = new ArrayList<>(ids(id, List.of(r)));
        ids.add(1, referralId.toString());
        audit.record(AuditAction.UPDATE, "marac-case", ids, (close ? "minutes recorded; case closed" : "minutes recorded")
                + (shared != null ? "; address shared in the minutes" : ""));
    }

    @Override
    public MaracAction addAction(MaracMeetingId id, MaracReferralId referralId, NewMaracAction a) {
        Row row = running(id);
        Marac marac = marac(row);
        MaracReferral r = onMeeting(id, referralId);
        Notes before = notes(id).getOrDefault(referralId.value(), new Notes(null, null, null, Outcome.WAITING));
        String description = JdbcMaracActions.text(a.description());
        String riskText = JdbcMaracActions.text(a.risk());
        Map<String, String> errors = new LinkedHashMap<>();
        if (before.outcome() == Outcome.ADJOURNED) {
            errors.put("description", "The case was adjourned to the next meeting: agree its actions there");
        }
        if (a.subject() == null) {
            errors.put("subject", "Say whom the action is for: the victim, the children or the perpetrator");
        }
        if (description == null) {
            errors.putIfAbsent("description", "Describe the action");
        } else if (description.length() > MAX_ACTION) {
            errors.put("description", "The action must be " + MAX_ACTION + " characters or fewer");
        }
        if (riskText == null) {
            errors.put("risk", "Say which risk the action addresses");
        } else if (riskText.length() > MAX_RISK) {
            errors.put("risk", "The risk must be " + MAX_RISK + " characters or fewer");
        }
        if (a.owner() == null) {
            errors.put("owner", "Choose the agency that owns the action");
        } else if (marac.member(a.owner()).isEmpty()) {
            errors.put("owner", "The owner must be a member agency of this MARAC");
        }
        if (a.dueOn() == null) {
            errors.put("dueOn", "Enter the date the action is due");
        } else if (a.dueOn().isBefore(row.meeting().meetsOn())) {
            errors.put("dueOn", "The due date must be on or after the meeting");
        } else if (a.dueOn().isAfter(row.meeting().meetsOn().plusYears(1))) {
            errors.put("dueOn", "The due date must be within a year of the meeting");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID actionId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_action (id, meeting_id, marac_referral_id, subject, description, risk, owner_agency_id,
                    due_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actionId, id.value(), referralId.value(), a.subject().name(), description, riskText,
                        a.owner().value(), a.dueOn(), Roles.actor().actorId()).update();
        MaracAction action = actions.select("a.id = ?", actionId).get(0).action();
        int grants = actions.grant(marac, action);
        List<String> ids = new ArrayList<>(List.of(actionId.toString(), referralId.toString()));
        ids.addAll(ids(id, List.of(r)));
        audit.record(AuditAction.CREATE, "marac-action", ids, a.subject() + " action for agency " + a.owner()
                + " due " + a.dueOn() + "; " + grants + " MARAC action grants");
        return action;
    }

    @Override
    public void adjourn(MaracMeetingId id, MaracReferralId referralId) {
        Row row = running(id);
        adjournCase(row, onMeeting(id, referralId));
    }

    private void adjournCase(Row row, MaracReferral r) {
        MaracMeetingId id = row.meeting().id();
        Notes before = notes(id).getOrDefault(r.id().value(), new Notes(null, null, null, Outcome.WAITING));
        if (before.outcome() == Outcome.CLOSED) {
            throw InvalidInputException.of("meeting", "The case was closed at this meeting");
        }
        if (before.outcome() == Outcome.ADJOURNED) {
            return;
        }
        Optional<UUID> next = jdbc.sql("""
                SELECT id FROM marac_meeting WHERE marac_id = ? AND meets_on > ? AND published_at IS NULL
                ORDER BY meets_on LIMIT 1""").params(row.meeting().marac().value(), row.meeting().meetsOn())
                .query(UUID.class).optional();
        jdbc.sql("UPDATE marac_referral SET meeting_id = ? WHERE id = ?").params(next.orElse(null), r.id().value())
                .update();
        jdbc.sql("""
                INSERT INTO marac_case (meeting_id, marac_referral_id, outcome, updated_by) VALUES (?, ?, 'ADJOURNED', ?)
                ON CONFLICT (meeting_id, marac_referral_id) DO UPDATE SET outcome = 'ADJOURNED', updated_at = now(),
                    updated_by = EXCLUDED.updated_by""")
                .params(id.value(), r.id().value(), Roles.actor().actorId()).update();
        audit.record(AuditAction.UPDATE, "marac-case", List.of(id.toString(), r.id().toString(), r.victim().toString()),
                "adjourned to " + next.map(m -> "meeting " + m).orElse("the next meeting (awaiting listing)"));
    }

    @Override
    public void markHeld(MaracMeetingId id) {
        Row row = running(id);
        if (row.meeting().meetsOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("meeting", "A meeting can be marked held on or after its date");
        }
        Map<UUID, Notes> notes = notes(id);
        int adjourned = 0;
        for (MaracReferral r : cases(id)) {
            Notes n = notes.get(r.id().value());
            if (n == null || n.outcome() == Outcome.WAITING) {
                adjournCase(row, r);
                adjourned++;
            }
        }
        jdbc.sql("UPDATE marac_meeting SET held_at = now(), held_by = ? WHERE id = ?")
                .params(Roles.actor().actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()),
                "held; " + adjourned + " cases not discussed adjourned");
    }

    @Override
    public void issueMinutes(MaracMeetingId id) {
        Row row = chaired(id, true);
        if (row.heldAt() == null) {
            throw InvalidInputException.of("meeting", "Mark the meeting held before issuing its minutes");
        }
        if (row.issuedAt() != null) {
            return;
        }
        jdbc.sql("UPDATE marac_meeting SET minutes_issued_at = now(), minutes_issued_by = ? WHERE id = ?")
                .params(Roles.actor().actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "marac-meeting", List.of(id.toString()), "minutes issued to "
                + marac(row).members().size() + " member agencies");
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] minutesPdf(MaracMeetingId id, AgencyId agency) {
        Row row = load(id, false).orElseThrow(() -> new java.util.NoSuchElementException("No such meeting"));
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
        Map<UUID, Notes> notes = notes(id);
        Map<AgencyId, Attendance> attendance = attendance(id);
        List<MinutesPdf.Line> attended = marac.members().stream().map(m -> new MinutesPdf.Line(agencyName(m.agency()),
                Optional.ofNullable(attendance.get(m.agency())).map(Attendance::label).orElse("Not recorded")))
                .toList();
        List<MinutesPdf.CaseMinutes> caseMinutes = new ArrayList<>();
        for (MaracReferral r : cases) {
            Notes n = notes.getOrDefault(r.id().value(), new Notes(null, null, null, Outcome.WAITING));
            List<MinutesPdf.ActionLine> agreed = actions.select(
                    "a.meeting_id = ? AND a.marac_referral_id = ? ORDER BY a.created_at", id.value(), r.id().value())
                    .stream().map(x -> new MinutesPdf.ActionLine(x.action().subject().label(), x.action().description(),
                            x.action().risk(), agencyName(x.action().owner()), x.action().dueOn())).toList();
            caseMinutes.add(new MinutesPdf.CaseMinutes(r.reference(), people.name(r.victim()).orElse("Unknown"),
                    r.perpetrators().stream().map(p -> people.name(p).orElse("Unknown")).sorted().toList(), r.repeat(),
                    r.riskScore(), n.outcome().label(), n.minutes(), n.idvaUpdate(), n.sharedAddress(), agreed));
        }
        byte[] pdf = MinutesPdf.render(new MinutesPdf.Content(marac.name(), row.meeting().meetsOn(),
                agencyName(agency), attended, caseMinutes));
        List<String> ids = new ArrayList<>(ids(id, cases));
        ids.add(1, agency.toString());
        audit.record(AuditAction.EXPORT, "marac-minutes", ids, "minutes PDF for agency " + agency);
        return pdf;
    }

    private String agencyName(AgencyId id) {
        return partnerships.agency(id).map(a -> a.name()).orElse("Unknown agency");
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedMinutes> minutesForMe() {
        Actor me = Roles.actor();
        StaffUserId user = new StaffUserId(me.actorId());
        return jdbc.sql("""
                SELECT mt.id, mc.name, mt.meets_on, mm.agency_id, mt.minutes_issued_at FROM marac_meeting mt
                JOIN marac mc ON mc.id = mt.marac_id
                JOIN marac_member mm ON mm.marac_id = mt.marac_id AND (mm.representative_id = ? OR mm.deputy_id = ?)
                WHERE mt.minutes_issued_at IS NOT NULL ORDER BY mt.meets_on DESC LIMIT 50""")
                .params(user.value(), user.value())
                .query((rs, n) -> new IssuedMinutes(new MaracMeetingId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), new AgencyId(rs.getObject(4, UUID.class)),
                        rs.getTimestamp(5).toInstant())).list().stream()
                .filter(m -> maracs.mayRepresent(user, m.agency())).toList();
    }
}
