package org.hearth.hub.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.ActionSubject;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.HubCandidate;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.hearth.risk.RiskGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hub meetings in PostgreSQL. */
@Service
@Transactional
class JdbcHubMeetings implements HubMeetings {

    private static final String MEETING = """
            SELECT m.*, a.name AS area_name FROM hub_meeting m JOIN area a ON a.id = m.area_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Referrals referrals;
    private final PersonAccess access;
    private final WorkingDays workingDays;
    private final StaffUsers staff;
    private final Partnerships partnerships;

    JdbcHubMeetings(JdbcClient jdbc, AuditTrail audit, Referrals referrals, PersonAccess access,
            WorkingDays workingDays, StaffUsers staff, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.referrals = referrals;
        this.access = access;
        this.workingDays = workingDays;
        this.staff = staff;
        this.partnerships = partnerships;
    }

    // ------------------------------------------------------------------------------------------- who may

    static Actor actor() {
        return Actor.current().filter(a -> !a.apiClient())
                .orElseThrow(() -> new AccessDeniedException("Hub meetings are for signed-in staff"));
    }

    static boolean coordinator() {
        return Actor.current().map(a -> !a.apiClient() && a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
    }

    static void requireCoordinator() {
        if (!coordinator()) {
            throw new AccessDeniedException("For hub coordinators");
        }
    }

    /** Whether the current user is the named representative of an agency attending the meeting. */
    private boolean attending(HubMeetingId meeting) {
        Actor me = actor();
        return jdbc.sql("SELECT count(*) FROM hub_attendance WHERE meeting_id = ? AND representative_id = ?")
                .params(meeting.value(), me.actorId()).query(Integer.class).single() > 0;
    }

    private void requireMayOpen(HubMeetingId meeting) {
        if (!coordinator() && !attending(meeting)) {
            audit.recordRefusal(AuditAction.READ, "hub-meeting", List.of(meeting.toString()),
                    "refused: not attending");
            throw new AccessDeniedException("For hub coordinators and the representatives of agencies attending");
        }
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
        Optional<Meeting> m = jdbc.sql(MEETING + " WHERE m.area_id = ? AND m.meets_on = ?")
                .params(area.value(), java.sql.Date.valueOf(day)).query(JdbcHubMeetings::meeting).optional();
        m.ifPresent(x -> requireMayOpen(x.id()));
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
        Optional<Meeting> existing = jdbc.sql(MEETING + " WHERE m.area_id = ? AND m.meets_on = ?")
                .params(area.value(), java.sql.Date.valueOf(day)).query(JdbcHubMeetings::meeting).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        HubMeetingId id = HubMeetingId.random();
        int n = jdbc.sql("""
                INSERT INTO hub_meeting (id, area_id, meets_on, window_from, opened_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (area_id, meets_on) DO NOTHING""")
                .params(id.value(), area.value(), java.sql.Date.valueOf(day), java.sql.Date.valueOf(windowFrom(day)),
                        actor().actorId()).update();
        if (n == 0) {
            return open(area, day);
        }
        audit.record(AuditAction.CREATE, "hub-meeting", List.of(id.toString()), "opened for " + day);
        build(id);
        return find(id).orElseThrow();
    }

    private Optional<Meeting> find(HubMeetingId id) {
        return jdbc.sql(MEETING + " WHERE m.id = ?").param(id.value()).query(JdbcHubMeetings::meeting).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(HubMeetingId id) {
        Optional<Meeting> m = find(id);
        if (m.isPresent()) {
            requireMayOpen(id);
        }
        return m;
    }

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(new HubMeetingId(rs.getObject("id", UUID.class)), new AreaId(rs.getObject("area_id", UUID.class)),
                rs.getString("area_name"), rs.getDate("meets_on").toLocalDate(), rs.getDate("window_from").toLocalDate(),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // ------------------------------------------------------------------------------------------- the agenda

    /** Adds the waiting cases to the agenda (the window's and those carried over) and orders it. */
    private int build(HubMeetingId id) {
        Meeting m = find(id).orElseThrow();
        if (m.ended()) {
            throw new IllegalStateException("The meeting has ended");
        }
        // carried over: on an earlier meeting of this area, not reached (still undecided: the query checks)
        List<ReferralId> carried = jdbc.sql("""
                SELECT DISTINCT c.referral_id FROM hub_case c JOIN hub_meeting p ON p.id = c.meeting_id
                WHERE p.area_id = ? AND p.meets_on < ? AND c.not_reached""")
                .params(m.area().value(), java.sql.Date.valueOf(m.meetsOn()))
                .query((rs, n) -> new ReferralId(rs.getObject(1, UUID.class))).list();
        Set<ReferralId> carriedSet = Set.copyOf(carried);
        // cases whose area nobody knew, placed in this area by a coordinator: they join whatever day they arrived
        Set<ReferralId> placed = Set.copyOf(jdbc.sql("SELECT referral_id FROM hub_placement WHERE area_id = ?")
                .param(m.area().value()).query((rs, n) -> new ReferralId(rs.getObject(1, UUID.class))).list());
        Set<ReferralId> extra = new LinkedHashSet<>(carried);
        extra.addAll(placed);
        List<HubCandidate> candidates = referrals.hubCandidates(m.area(), m.windowFrom(), m.meetsOn(), extra);
        List<AgendaOrder.Ranked> ranked = new ArrayList<>();
        Map<ReferralId, UUID> onAgenda = new LinkedHashMap<>();
        jdbc.sql("SELECT referral_id, id FROM hub_case WHERE meeting_id = ?").param(id.value())
                .query(rs -> {
                    onAgenda.put(new ReferralId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class));
                });
        int added = 0;
        for (HubCandidate c : candidates) {
            ranked.add(new AgendaOrder.Ranked(c, carriedSet.contains(c.id())));
        }
        ranked.sort(AgendaOrder.ORDER);
        // cases already on the agenda keep their place ahead of the new ones only by the order itself
        int position = 1;
        for (AgendaOrder.Ranked r : ranked) {
            HubCandidate c = r.candidate();
            UUID existing = onAgenda.get(c.id());
            if (existing != null) {
                jdbc.sql("UPDATE hub_case SET position = ? WHERE id = ?").params(position++, existing).update();
                continue;
            }
            jdbc.sql("""
                    INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id,
                        perpetrator_ids, child_ids, children_present, grade, score, repeat_victim, serial_perpetrator,
                        area_known, carried_over, position)
                    VALUES (:id, :meeting, :referral, :reference, :source, :received, :victim, CAST(:perps AS uuid[]),
                        CAST(:children AS uuid[]), :present, :grade, :score, :repeat, :serial, :areaKnown, :carried,
                        :position)""")
                    .param("id", UUID.randomUUID()).param("meeting", id.value()).param("referral", c.id().value())
                    .param("reference", c.reference()).param("source", c.source().name())
                    .param("received", java.sql.Date.valueOf(c.receivedOn())).param("victim", c.victim().value())
                    .param("perps", "{" + String.join(",", c.perpetrators().stream().map(PersonId::toString).toList()) + "}")
                    .param("children", "{" + String.join(",", c.children().stream().map(x -> x.child().toString()).toList()) + "}")
                    .param("present", (int) c.children().stream().filter(x -> x.present()).count())
                    .param("grade", c.grade() == null ? null : c.grade().name()).param("score", c.score())
                    .param("repeat", c.repeatVictim()).param("serial", c.serialPerpetrator())
                    .param("areaKnown", c.areaKnown() && !placed.contains(c.id())).param("carried", r.carriedOver()).param("position", position++)
                    .update();
            added++;
        }
        // cases no longer waiting (decided outside the meeting) keep their place after the waiting ones
        jdbc.sql("""
                UPDATE hub_case c SET position = :base + s.rn FROM (
                    SELECT id, row_number() OVER (ORDER BY position) AS rn FROM hub_case
                    WHERE meeting_id = :meeting AND NOT (referral_id = ANY(:waiting))) s
                WHERE c.id = s.id""")
                .param("base", position - 1).param("meeting", id.value())
                .param("waiting", candidates.stream().map(c -> c.id().value()).toArray(UUID[]::new)).update();
        // representatives already attending read the new cases too
        if (added > 0) {
            for (Attendance a : attendanceRows(id)) {
                grantCases(m, a.representative());
            }
        }
        return added;
    }

    // ------------------------------------------------------------------------------------------- cases with no area

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
        return jdbc.sql("""
                SELECT count(*) FROM referral r JOIN agency a ON a.id = r.referring_agency_id
                WHERE r.triage_outcome IS NULL AND r.area_id IS NULL AND a.area_id IS NULL""")
                .query(Integer.class).single();
    }

    @Override
    public Optional<HubMeetingId> place(ReferralId referral, AreaId area) {
        requireCoordinator();
        // refuses an unknown area and a referral that has one (field "area"), audited on the referral
        referrals.placeInArea(referral, area);
        jdbc.sql("""
                INSERT INTO hub_placement (referral_id, area_id, placed_by) VALUES (?, ?, ?)
                ON CONFLICT (referral_id) DO NOTHING""")
                .params(referral.value(), area.value(), actor().actorId()).update();
        // the area's meeting today (or a later one already opened), if not ended, takes it at once
        Optional<HubMeetingId> meeting = jdbc.sql("""
                SELECT id FROM hub_meeting WHERE area_id = ? AND ended_at IS NULL AND meets_on >= ?
                ORDER BY meets_on LIMIT 1""")
                .params(area.value(), java.sql.Date.valueOf(LocalDate.now(Dates.UK)))
                .query((rs, n) -> new HubMeetingId(rs.getObject(1, UUID.class))).optional();
        meeting.ifPresent(this::build);
        audit.record(AuditAction.UPDATE, "hub-placement", List.of(referral.toString()), "area " + area.value());
        return meeting;
    }

    @Override
    public int refreshAgenda(HubMeetingId id) {
        requireCoordinator();
        int added = build(id);
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString()), "agenda refreshed: " + added + " added");
        return added;
    }

    private static final String CASE = """
            SELECT c.*, r.triage_outcome IS NOT NULL AS decided_any, coalesce(r.triaged_outside_meeting, false) AS outside
            FROM hub_case c LEFT JOIN referral r ON r.id = c.referral_id""";

    @Override
    @Transactional(readOnly = true)
    public List<AgendaCase> agenda(HubMeetingId id) {
        requireMayOpen(id);
        List<AgendaCase> cases = jdbc.sql(CASE + " WHERE c.meeting_id = ? ORDER BY c.position").param(id.value())
                .query(JdbcHubMeetings::agendaCase).list();
        if (!coordinator()) {
            Set<PersonId> readable = access.viewableAmong(cases.stream().map(AgendaCase::victim).toList());
            cases = cases.stream().filter(c -> readable.contains(c.victim())).toList();
        }
        if (!cases.isEmpty()) {
            audit.record(AuditAction.READ, "person", cases.stream().map(c -> c.victim().toString()).toList(),
                    "hub meeting " + id + ": agenda");
        }
        return cases;
    }

    private static AgendaCase agendaCase(ResultSet rs, int n) throws SQLException {
        CaseStatus status;
        if (rs.getTimestamp("decided_at") != null) {
            status = CaseStatus.DECIDED;
        } else if (rs.getBoolean("not_reached")) {
            status = CaseStatus.NOT_REACHED;
        } else if (rs.getBoolean("decided_any")) {
            status = rs.getBoolean("outside") ? CaseStatus.DECIDED_OUTSIDE : CaseStatus.DECIDED;
        } else {
            status = CaseStatus.WAITING;
        }
        return new AgendaCase(new HubCaseId(rs.getObject("id", UUID.class)),
                new HubMeetingId(rs.getObject("meeting_id", UUID.class)), rs.getInt("position"),
                new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("reference"),
                ReferralSource.valueOf(rs.getString("source")), rs.getDate("received_on").toLocalDate(),
                new PersonId(rs.getObject("victim_id", UUID.class)), ids(rs.getArray("perpetrator_ids")),
                ids(rs.getArray("child_ids")), rs.getInt("children_present"),
                rs.getString("grade") == null ? null : RiskGrade.valueOf(rs.getString("grade")),
                (Integer) rs.getObject("score"), rs.getBoolean("repeat_victim"), rs.getBoolean("serial_perpetrator"),
                rs.getBoolean("area_known"), rs.getBoolean("carried_over"), status);
    }

    private static List<PersonId> ids(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) a.getArray())
                .map(o -> new PersonId(o instanceof UUID u ? u : UUID.fromString(o.toString()))).toList();
    }

    // ------------------------------------------------------------------------------------------- attendance

    @Override
    @Transactional(readOnly = true)
    public List<Attendance> attendance(HubMeetingId id) {
        requireMayOpen(id);
        return attendanceRows(id);
    }

    private List<Attendance> attendanceRows(HubMeetingId id) {
        return jdbc.sql("""
                SELECT h.agency_id, a.name, h.representative_id, u.display_name FROM hub_attendance h
                JOIN agency a ON a.id = h.agency_id LEFT JOIN staff_user u ON u.id = h.representative_id
                WHERE h.meeting_id = ? ORDER BY a.name""").param(id.value())
                .query((rs, n) -> new Attendance(new AgencyId(rs.getObject(1, UUID.class)), rs.getString(2),
                        new StaffUserId(rs.getObject(3, UUID.class)), rs.getString(4))).list();
    }

    @Override
    public void recordAttendance(HubMeetingId id, AgencyId agency, StaffUserId representative) {
        requireCoordinator();
        Meeting m = find(id).orElseThrow(() -> new NoSuchElementException("No such meeting"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (agency == null || partnerships.agency(agency).isEmpty()) {
            errors.put("agency", "Choose the agency attending");
        }
        Optional<StaffUser> rep = representative == null ? Optional.empty() : staff.find(representative);
        if (rep.isEmpty()) {
            errors.put("representative", "Choose the agency's representative");
        } else if (agency != null && !rep.get().agency().equals(agency)) {
            errors.put("representative", "The representative must work for the agency attending");
        } else if (!rep.get().enabled()) {
            errors.put("representative", "Choose a representative whose account is active");
        }
        if (m.ended()) {
            errors.put("agency", "The meeting has ended");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // a representative replaced by another loses the day's grants at once
        jdbc.sql("SELECT representative_id FROM hub_attendance WHERE meeting_id = ? AND agency_id = ?")
                .params(id.value(), agency.value()).query(UUID.class).optional()
                .filter(previous -> !previous.equals(representative.value()))
                .ifPresent(previous -> access.endHeldBy(new StaffUserId(previous), AccessGround.HUB_MEETING,
                        List.of(GrantBasis.of("hub-meeting", m.id()))));
        jdbc.sql("""
                INSERT INTO hub_attendance (meeting_id, agency_id, representative_id) VALUES (?, ?, ?)
                ON CONFLICT (meeting_id, agency_id) DO UPDATE SET representative_id = excluded.representative_id""")
                .params(id.value(), agency.value(), representative.value()).update();
        int grants = grantCases(m, representative);
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString(), agency.toString()),
                "attending; " + grants + " hub meeting grants to the representative");
    }

    /** The end of the meeting day, UK time. */
    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Dates.UK).toInstant().minusSeconds(60);
    }

    /** Grants the representative HUB_MEETING on everyone the agenda's waiting cases name, until the day's end. */
    private int grantCases(Meeting m, StaffUserId representative) {
        Instant until = endOfDay(m.meetsOn());
        GrantBasis basis = GrantBasis.of("hub-meeting", m.id());
        Set<PersonId> people = new LinkedHashSet<>();
        Set<PersonId> unconfirmed = new java.util.HashSet<>();
        jdbc.sql("SELECT victim_id, perpetrator_ids, child_ids, referral_id FROM hub_case WHERE meeting_id = ?")
                .param(m.id().value())
                .query(rs -> {
                    people.add(new PersonId(rs.getObject(1, UUID.class)));
                    people.addAll(ids(rs.getArray(2)));
                    people.addAll(ids(rs.getArray(3)));
                    // a person the referral was matched to that the hub has not confirmed is the same person: the
                    // meeting must not open the existing record to the agencies before a coordinator confirms it
                    unconfirmed.addAll(referrals.unconfirmedLinks(new ReferralId(rs.getObject(4, UUID.class))));
                });
        people.removeAll(unconfirmed);
        for (PersonId p : people) {
            AccessGrant g = access.grant(p, GrantHolder.user(representative), AccessGround.HUB_MEETING,
                    AccessScope.RECORD, until, basis);
            if (g.expiresAt() != null && g.expiresAt().isBefore(until)) {
                access.end(g.id());
                access.grant(p, GrantHolder.user(representative), AccessGround.HUB_MEETING, AccessScope.RECORD, until,
                        basis);
            }
        }
        return people.size();
    }

    @Override
    public void start(HubMeetingId id) {
        requireCoordinator();
        jdbc.sql("UPDATE hub_meeting SET started_at = now() WHERE id = ? AND started_at IS NULL").param(id.value()).update();
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString()), "started");
    }

    @Override
    public void end(HubMeetingId id) {
        requireCoordinator();
        Meeting m = find(id).orElseThrow(() -> new NoSuchElementException("No such meeting"));
        if (m.ended()) {
            return;
        }
        if (!m.started()) {
            throw InvalidInputException.of("meeting", "Start the meeting before ending it");
        }
        int notReached = jdbc.sql("""
                UPDATE hub_case c SET not_reached = true FROM referral r
                WHERE c.meeting_id = ? AND r.id = c.referral_id AND r.triage_outcome IS NULL AND c.decided_at IS NULL""")
                .param(id.value()).update();
        jdbc.sql("UPDATE hub_meeting SET ended_at = now() WHERE id = ?").param(id.value()).update();
        audit.record(AuditAction.UPDATE, "hub-meeting", List.of(id.toString()),
                "ended; " + notReached + " not reached, rolled to the next meeting");
    }

    // ------------------------------------------------------------------------------------------- a case

    private Optional<AgendaCase> loadCase(HubCaseId id) {
        return jdbc.sql(CASE + " WHERE c.id = ?").param(id.value()).query(JdbcHubMeetings::agendaCase).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgendaCase> openCase(HubMeetingId meeting, HubCaseId id) {
        requireMayOpen(meeting);
        Optional<AgendaCase> c = loadCase(id).filter(x -> x.meeting().equals(meeting));
        c.ifPresent(x -> {
            if (!coordinator() && !access.mayView(x.victim())) {
                audit.recordRefusal(AuditAction.READ, "hub-case", List.of(id.toString()),
                        "refused: no ground on the victim");
                throw new AccessDeniedException("No ground on this case");
            }
            List<String> ids = new ArrayList<>();
            ids.add(x.victim().toString());
            x.perpetrators().forEach(p -> ids.add(p.toString()));
            x.children().forEach(p -> ids.add(p.toString()));
            audit.record(AuditAction.READ, "person", ids, "hub meeting " + meeting + ": case " + x.reference());
        });
        return c;
    }

    private AgendaCase caseForWrite(HubCaseId id) {
        AgendaCase c = loadCase(id).orElseThrow(() -> new NoSuchElementException("No such case"));
        requireMayOpen(c.meeting());
        if (!coordinator() && !access.mayView(c.victim())) {
            throw new AccessDeniedException("No ground on this case");
        }
        return c;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Information> information(HubCaseId id) {
        caseForWrite(id);
        return jdbc.sql("""
                SELECT i.agency_id, a.name, i.text, i.prepared, u.display_name, i.recorded_at FROM hub_information i
                JOIN agency a ON a.id = i.agency_id LEFT JOIN staff_user u ON u.id = i.recorded_by
                WHERE i.case_id = ? ORDER BY a.name, i.recorded_at""").param(id.value())
                .query((rs, n) -> new Information(new AgencyId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    @Override
    public void addInformation(HubCaseId id, AgencyId agency, String text) {
        AgendaCase c = caseForWrite(id);
        Meeting m = find(c.meeting()).orElseThrow();
        Actor me = actor();
        AgencyId forAgency = coordinator() ? (agency == null ? me.agency() : agency) : me.agency();
        Map<String, String> errors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("text", "Enter the information the agency brings");
        } else if (text.length() > 5000) {
            errors.put("text", "The information must be 5,000 characters or fewer");
        }
        if (m.ended()) {
            errors.put("text", "The meeting has ended");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                INSERT INTO hub_information (id, case_id, agency_id, text, prepared, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), forAgency.value(), text.trim(), !m.started(), me.actorId())
                .update();
        audit.record(AuditAction.UPDATE, "hub-case", List.of(id.toString(), c.victim().toString()),
                "information from agency " + forAgency);
    }

    @Override
    public void decide(HubCaseId id, Set<TriageOutcome> outcomes, String reason) {
        requireCoordinator();
        AgendaCase c = caseForWrite(id);
        Meeting m = find(c.meeting()).orElseThrow();
        if (!m.started() || m.ended()) {
            throw InvalidInputException.of("outcomes", m.ended() ? "The meeting has ended"
                    : "Start the meeting before recording its decisions");
        }
        // refuses an empty or exclusive-with-others set (field "outcomes") and a missing reason; publishes the event
        referrals.triage(c.referral(), outcomes, reason, false);
        jdbc.sql("UPDATE hub_case SET decided_at = now(), decided_by = ? WHERE id = ?")
                .params(actor().actorId(), id.value()).update();
    }

    // ------------------------------------------------------------------------------------------- actions

    private static final String ACTION = """
            SELECT x.*, c.reference, a.name AS owner_name FROM hub_action x JOIN hub_case c ON c.id = x.case_id
            JOIN agency a ON a.id = x.owner_agency_id""";

    private static Action action(ResultSet rs, int n) throws SQLException {
        return new Action(new HubActionId(rs.getObject("id", UUID.class)), new HubCaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("reference"), ActionSubject.valueOf(rs.getString("subject")), rs.getString("description"),
                new AgencyId(rs.getObject("owner_agency_id", UUID.class)), rs.getString("owner_name"),
                rs.getTimestamp("due_at").toInstant(), instant(rs.getTimestamp("done_at")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> actions(HubCaseId id) {
        caseForWrite(id);
        return jdbc.sql(ACTION + " WHERE x.case_id = ? ORDER BY x.subject, x.due_at").param(id.value())
                .query(JdbcHubMeetings::action).list();
    }

    @Override
    public HubActionId addAction(HubCaseId id, NewAction a) {
        requireCoordinator();
        AgendaCase c = caseForWrite(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.subject() == null) {
            errors.put("subject", "Choose whom the action is for");
        }
        if (a.description() == null || a.description().isBlank()) {
            errors.put("description", "Describe the action");
        } else if (a.description().length() > 1000) {
            errors.put("description", "The action must be 1,000 characters or fewer");
        }
        if (a.owner() == null || partnerships.agency(a.owner()).isEmpty()) {
            errors.put("owner", "Choose the agency that owns the action");
        }
        if (a.dueAt() == null) {
            errors.put("due", "Enter when the action is due");
        } else if (a.dueAt().isBefore(Instant.now())) {
            errors.put("due", "The action must be due in the future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        HubActionId actionId = HubActionId.random();
        jdbc.sql("""
                INSERT INTO hub_action (id, case_id, subject, description, owner_agency_id, due_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(actionId.value(), id.value(), a.subject().name(), a.description().trim(), a.owner().value(),
                        Timestamp.from(a.dueAt()), actor().actorId()).update();
        audit.record(AuditAction.CREATE, "hub-action", List.of(actionId.toString(), c.victim().toString()),
                "owner agency " + a.owner());
        return actionId;
    }

    @Override
    public void completeAction(HubActionId id) {
        Actor me = actor();
        Action a = jdbc.sql(ACTION + " WHERE x.id = ?").param(id.value()).query(JdbcHubMeetings::action).optional()
                .orElseThrow(() -> new NoSuchElementException("No such action"));
        if (!coordinator() && !a.owner().equals(me.agency())) {
            throw new AccessDeniedException("For the owner agency and hub coordinators");
        }
        jdbc.sql("UPDATE hub_action SET done_at = now(), done_by = ? WHERE id = ? AND done_at IS NULL")
                .params(me.actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "hub-action", List.of(id.toString()), "done");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> openActionsOfMyAgency() {
        Actor me = actor();
        return jdbc.sql(ACTION + " WHERE x.owner_agency_id = ? AND x.done_at IS NULL ORDER BY x.due_at LIMIT 200")
                .param(me.agency().value()).query(JdbcHubMeetings::action).list();
    }

    // ------------------------------------------------------------------------------------------- volumes

    private static void requireFigures() {
        Actor me = actor();
        if (!me.hasRole(Role.HUB_COORDINATOR) && !me.hasRole(Role.PARTNERSHIP_COORDINATOR)
                && !me.hasRole(Role.ANALYST) && !me.hasRole(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("For coordinators and analysts");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<TriageOutcome, Integer> outcomes(AreaId area, LocalDate from, LocalDate to) {
        requireFigures();
        Map<TriageOutcome, Integer> out = new java.util.EnumMap<>(TriageOutcome.class);
        jdbc.sql("""
                SELECT d.outcome, count(DISTINCT c.id) FROM hub_case c JOIN hub_meeting m ON m.id = c.meeting_id
                JOIN referral_triage_decision d ON d.referral_id = c.referral_id
                WHERE c.decided_at IS NOT NULL AND (CAST(:area AS uuid) IS NULL OR m.area_id = :area)
                  AND m.meets_on BETWEEN :from AND :to
                GROUP BY d.outcome""")
                .param("area", area == null ? null : area.value()).param("from", java.sql.Date.valueOf(from))
                .param("to", java.sql.Date.valueOf(to))
                .query(rs -> {
                    out.put(TriageOutcome.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Volume> volumes(AreaId area, LocalDate from, LocalDate to) {
        requireFigures();
        return jdbc.sql("""
                SELECT m.id, m.meets_on, a.name,
                       count(c.id) AS cases,
                       count(c.id) FILTER (WHERE c.decided_at IS NOT NULL) AS decided,
                       count(c.id) FILTER (WHERE c.decided_at IS NULL AND r.triage_outcome IS NOT NULL
                                           AND r.triaged_outside_meeting) AS outside,
                       count(c.id) FILTER (WHERE c.carried_over) AS carried,
                       count(c.id) FILTER (WHERE c.not_reached) AS not_reached,
                       (SELECT count(*) FROM hub_action x JOIN hub_case y ON y.id = x.case_id WHERE y.meeting_id = m.id) AS actions,
                       extract(epoch FROM (m.ended_at - m.started_at)) / 60.0 AS minutes
                FROM hub_meeting m JOIN area a ON a.id = m.area_id
                LEFT JOIN hub_case c ON c.meeting_id = m.id
                LEFT JOIN referral r ON r.id = c.referral_id
                WHERE (CAST(:area AS uuid) IS NULL OR m.area_id = :area) AND m.meets_on BETWEEN :from AND :to
                GROUP BY m.id, a.name ORDER BY m.meets_on, a.name""")
                .param("area", area == null ? null : area.value()).param("from", java.sql.Date.valueOf(from))
                .param("to", java.sql.Date.valueOf(to))
                .query((rs, n) -> {
                    int decided = rs.getInt("decided");
                    Object minutes = rs.getObject("minutes");
                    return new Volume(new HubMeetingId(rs.getObject("id", UUID.class)),
                            rs.getDate("meets_on").toLocalDate(), rs.getString("name"), rs.getInt("cases"), decided,
                            rs.getInt("outside"), rs.getInt("carried"), rs.getInt("not_reached"), rs.getInt("actions"),
                            minutes == null || decided == 0 ? null
                                    : Math.round(((Number) minutes).doubleValue() / decided * 10) / 10.0);
                }).list();
    }
}
