package org.hearth.hub.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.hub.ActionSubject;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings.Action;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Attendance;
import org.hearth.hub.HubMeetings.CaseStatus;
import org.hearth.hub.HubMeetings.Information;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.hub.HubMeetings.NewAction;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.referrals.HubCandidate;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.risk.RiskGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hub's tables, SQL only: meetings, the agenda's cases, attendance, information and actions, read through
 * record mappers. No rule and no audit here: {@link JdbcHubMeetings} decides, {@link HubAccess} guards.
 */
@Repository
class HubStore {

    private static final String MEETING = """
            SELECT m.*, a.name AS area_name FROM hub_meeting m JOIN area a ON a.id = m.area_id""";

    private static final String CASE = """
            SELECT c.*, r.triage_outcome IS NOT NULL AS decided_any, coalesce(r.triaged_outside_meeting, false) AS outside
            FROM hub_case c LEFT JOIN referral r ON r.id = c.referral_id""";

    private static final String ACTION = """
            SELECT x.*, c.reference, a.name AS owner_name FROM hub_action x JOIN hub_case c ON c.id = x.case_id
            JOIN agency a ON a.id = x.owner_agency_id""";

    private final JdbcClient jdbc;

    HubStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------------------------------- meetings

    Optional<Meeting> meeting(HubMeetingId id) {
        return jdbc.sql(MEETING + " WHERE m.id = :id").param("id", id.value()).query(HubStore::meeting).optional();
    }

    Optional<Meeting> meetingOn(AreaId area, LocalDate day) {
        return jdbc.sql(MEETING + " WHERE m.area_id = :area AND m.meets_on = :day")
                .param("area", area.value()).param("day", Date.valueOf(day)).query(HubStore::meeting).optional();
    }

    /** False when another request opened the same area's meeting that day first. */
    boolean insertMeeting(HubMeetingId id, AreaId area, LocalDate day, LocalDate windowFrom, UUID openedBy) {
        return jdbc.sql("""
                INSERT INTO hub_meeting (id, area_id, meets_on, window_from, opened_by)
                VALUES (:id, :area, :day, :from, :by) ON CONFLICT (area_id, meets_on) DO NOTHING""")
                .param("id", id.value()).param("area", area.value()).param("day", Date.valueOf(day))
                .param("from", Date.valueOf(windowFrom)).param("by", openedBy).update() > 0;
    }

    /** The area's first meeting not ended on or after the day. */
    Optional<HubMeetingId> openMeetingFrom(AreaId area, LocalDate day) {
        return jdbc.sql("""
                SELECT id FROM hub_meeting WHERE area_id = :area AND ended_at IS NULL AND meets_on >= :day
                ORDER BY meets_on LIMIT 1""")
                .param("area", area.value()).param("day", Date.valueOf(day))
                .query((rs, n) -> new HubMeetingId(rs.getObject("id", UUID.class))).optional();
    }

    void start(HubMeetingId id) {
        jdbc.sql("UPDATE hub_meeting SET started_at = now() WHERE id = :id AND started_at IS NULL")
                .param("id", id.value()).update();
    }

    /** Ends the meeting; its undecided cases are marked not reached. Returns how many. */
    int end(HubMeetingId id) {
        int notReached = jdbc.sql("""
                UPDATE hub_case c SET not_reached = true FROM referral r
                WHERE c.meeting_id = :id AND r.id = c.referral_id AND r.triage_outcome IS NULL AND c.decided_at IS NULL""")
                .param("id", id.value()).update();
        jdbc.sql("UPDATE hub_meeting SET ended_at = now() WHERE id = :id").param("id", id.value()).update();
        return notReached;
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

    /** Referrals not reached at an earlier meeting of the area. */
    List<ReferralId> notReachedBefore(AreaId area, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT c.referral_id FROM hub_case c JOIN hub_meeting p ON p.id = c.meeting_id
                WHERE p.area_id = :area AND p.meets_on < :day AND c.not_reached""")
                .param("area", area.value()).param("day", Date.valueOf(day))
                .query((rs, n) -> new ReferralId(rs.getObject("referral_id", UUID.class))).list();
    }

    /** Referrals whose area nobody knew, placed in this area by a coordinator. */
    Set<ReferralId> placedIn(AreaId area) {
        return Set.copyOf(jdbc.sql("SELECT referral_id FROM hub_placement WHERE area_id = :area")
                .param("area", area.value()).query((rs, n) -> new ReferralId(rs.getObject("referral_id", UUID.class)))
                .list());
    }

    /** Referrals not yet decided whose area nobody knows (neither given nor the referring agency's). */
    int countWithoutArea() {
        return jdbc.sql("""
                SELECT count(*) FROM referral r JOIN agency a ON a.id = r.referring_agency_id
                WHERE r.triage_outcome IS NULL AND r.area_id IS NULL AND a.area_id IS NULL""")
                .query(Integer.class).single();
    }

    void insertPlacement(ReferralId referral, AreaId area, UUID placedBy) {
        jdbc.sql("""
                INSERT INTO hub_placement (referral_id, area_id, placed_by) VALUES (:referral, :area, :by)
                ON CONFLICT (referral_id) DO NOTHING""")
                .param("referral", referral.value()).param("area", area.value()).param("by", placedBy).update();
    }

    /** The meeting's cases by referral: referral to case id. */
    Map<ReferralId, UUID> onAgenda(HubMeetingId id) {
        Map<ReferralId, UUID> out = new LinkedHashMap<>();
        jdbc.sql("SELECT referral_id, id FROM hub_case WHERE meeting_id = :id").param("id", id.value())
                .query((rs, n) -> Map.entry(new ReferralId(rs.getObject("referral_id", UUID.class)),
                        rs.getObject("id", UUID.class)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    void position(UUID caseId, int position) {
        jdbc.sql("UPDATE hub_case SET position = :position WHERE id = :id").param("position", position)
                .param("id", caseId).update();
    }

    void insertCase(HubMeetingId id, HubCandidate c, boolean areaKnown, boolean carried, int position) {
        jdbc.sql("""
                INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id,
                    perpetrator_ids, child_ids, children_present, grade, score, repeat_victim, serial_perpetrator,
                    area_known, carried_over, position)
                VALUES (:id, :meeting, :referral, :reference, :source, :received, :victim, CAST(:perps AS uuid[]),
                    CAST(:children AS uuid[]), :present, :grade, :score, :repeat, :serial, :areaKnown, :carried,
                    :position)""")
                .param("id", UUID.randomUUID()).param("meeting", id.value()).param("referral", c.id().value())
                .param("reference", c.reference()).param("source", c.source().name())
                .param("received", Date.valueOf(c.receivedOn())).param("victim", c.victim().value())
                .param("perps", "{" + String.join(",", c.perpetrators().stream().map(PersonId::toString).toList()) + "}")
                .param("children", "{" + String.join(",", c.children().stream().map(x -> x.child().toString()).toList()) + "}")
                .param("present", (int) c.children().stream().filter(x -> x.present()).count())
                .param("grade", c.grade() == null ? null : c.grade().name()).param("score", c.score())
                .param("repeat", c.repeatVictim()).param("serial", c.serialPerpetrator())
                .param("areaKnown", areaKnown).param("carried", carried).param("position", position)
                .update();
    }

    /** The meeting's cases no longer waiting keep their order, placed after {@code base}. */
    void placeAfter(HubMeetingId id, int base, List<ReferralId> waiting) {
        jdbc.sql("""
                UPDATE hub_case c SET position = :base + s.rn FROM (
                    SELECT id, row_number() OVER (ORDER BY position) AS rn FROM hub_case
                    WHERE meeting_id = :meeting AND NOT (referral_id = ANY(:waiting))) s
                WHERE c.id = s.id""")
                .param("base", base).param("meeting", id.value())
                .param("waiting", waiting.stream().map(ReferralId::value).toArray(UUID[]::new)).update();
    }

    List<AgendaCase> agenda(HubMeetingId id) {
        return jdbc.sql(CASE + " WHERE c.meeting_id = :id ORDER BY c.position").param("id", id.value())
                .query(HubStore::agendaCase).list();
    }

    Optional<AgendaCase> hubCase(HubCaseId id) {
        return jdbc.sql(CASE + " WHERE c.id = :id").param("id", id.value()).query(HubStore::agendaCase).optional();
    }

    void decided(HubCaseId id, UUID by) {
        jdbc.sql("UPDATE hub_case SET decided_at = now(), decided_by = :by WHERE id = :id").param("by", by)
                .param("id", id.value()).update();
    }

    /** Everyone each of the meeting's cases names, with the case's referral. */
    record CasePeople(ReferralId referral, List<PersonId> people) {
    }

    List<CasePeople> casePeople(HubMeetingId id) {
        return jdbc.sql("SELECT victim_id, perpetrator_ids, child_ids, referral_id FROM hub_case WHERE meeting_id = :id")
                .param("id", id.value())
                .query((rs, n) -> {
                    List<PersonId> people = new java.util.ArrayList<>();
                    people.add(new PersonId(rs.getObject("victim_id", UUID.class)));
                    people.addAll(ids(rs.getArray("perpetrator_ids")));
                    people.addAll(ids(rs.getArray("child_ids")));
                    return new CasePeople(new ReferralId(rs.getObject("referral_id", UUID.class)), people);
                }).list();
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

    boolean attending(HubMeetingId meeting, UUID user) {
        return jdbc.sql("SELECT count(*) FROM hub_attendance WHERE meeting_id = :meeting AND representative_id = :user")
                .param("meeting", meeting.value()).param("user", user).query(Integer.class).single() > 0;
    }

    List<Attendance> attendance(HubMeetingId id) {
        return jdbc.sql("""
                SELECT h.agency_id, a.name, h.representative_id, u.display_name FROM hub_attendance h
                JOIN agency a ON a.id = h.agency_id LEFT JOIN staff_user u ON u.id = h.representative_id
                WHERE h.meeting_id = :id ORDER BY a.name""").param("id", id.value())
                .query((rs, n) -> new Attendance(new AgencyId(rs.getObject("agency_id", UUID.class)),
                        rs.getString("name"), new StaffUserId(rs.getObject("representative_id", UUID.class)),
                        rs.getString("display_name"))).list();
    }

    Optional<StaffUserId> representative(HubMeetingId id, AgencyId agency) {
        return jdbc.sql("SELECT representative_id FROM hub_attendance WHERE meeting_id = :id AND agency_id = :agency")
                .param("id", id.value()).param("agency", agency.value()).query(UUID.class).optional()
                .map(StaffUserId::new);
    }

    void attend(HubMeetingId id, AgencyId agency, StaffUserId representative) {
        jdbc.sql("""
                INSERT INTO hub_attendance (meeting_id, agency_id, representative_id) VALUES (:id, :agency, :rep)
                ON CONFLICT (meeting_id, agency_id) DO UPDATE SET representative_id = excluded.representative_id""")
                .param("id", id.value()).param("agency", agency.value()).param("rep", representative.value()).update();
    }

    // ------------------------------------------------------------------------------------------- information, actions

    List<Information> information(HubCaseId id) {
        return jdbc.sql("""
                SELECT i.agency_id, a.name, i.text, i.prepared, u.display_name, i.recorded_at FROM hub_information i
                JOIN agency a ON a.id = i.agency_id LEFT JOIN staff_user u ON u.id = i.recorded_by
                WHERE i.case_id = :id ORDER BY a.name, i.recorded_at""").param("id", id.value())
                .query((rs, n) -> new Information(new AgencyId(rs.getObject("agency_id", UUID.class)),
                        rs.getString("name"), rs.getString("text"), rs.getBoolean("prepared"),
                        rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant())).list();
    }

    void insertInformation(HubCaseId id, AgencyId agency, String text, boolean prepared, UUID by) {
        jdbc.sql("""
                INSERT INTO hub_information (id, case_id, agency_id, text, prepared, recorded_by)
                VALUES (:id, :hubCase, :agency, :text, :prepared, :by)""")
                .param("id", UUID.randomUUID()).param("hubCase", id.value()).param("agency", agency.value())
                .param("text", text).param("prepared", prepared).param("by", by).update();
    }

    List<Action> actions(HubCaseId id) {
        return jdbc.sql(ACTION + " WHERE x.case_id = :id ORDER BY x.subject, x.due_at").param("id", id.value())
                .query(HubStore::action).list();
    }

    Optional<Action> action(HubActionId id) {
        return jdbc.sql(ACTION + " WHERE x.id = :id").param("id", id.value()).query(HubStore::action).optional();
    }

    List<Action> openActionsOf(AgencyId agency) {
        return jdbc.sql(ACTION + " WHERE x.owner_agency_id = :agency AND x.done_at IS NULL ORDER BY x.due_at LIMIT 200")
                .param("agency", agency.value()).query(HubStore::action).list();
    }

    void insertAction(HubActionId id, HubCaseId hubCase, NewAction a, UUID by) {
        jdbc.sql("""
                INSERT INTO hub_action (id, case_id, subject, description, owner_agency_id, due_at, created_by)
                VALUES (:id, :hubCase, :subject, :description, :owner, :due, :by)""")
                .param("id", id.value()).param("hubCase", hubCase.value()).param("subject", a.subject().name())
                .param("description", a.description().trim()).param("owner", a.owner().value())
                .param("due", Timestamp.from(a.dueAt())).param("by", by).update();
    }

    void completeAction(HubActionId id, UUID by) {
        jdbc.sql("UPDATE hub_action SET done_at = now(), done_by = :by WHERE id = :id AND done_at IS NULL")
                .param("by", by).param("id", id.value()).update();
    }

    private static Action action(ResultSet rs, int n) throws SQLException {
        return new Action(new HubActionId(rs.getObject("id", UUID.class)), new HubCaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("reference"), ActionSubject.valueOf(rs.getString("subject")), rs.getString("description"),
                new AgencyId(rs.getObject("owner_agency_id", UUID.class)), rs.getString("owner_name"),
                rs.getTimestamp("due_at").toInstant(), instant(rs.getTimestamp("done_at")));
    }
}
