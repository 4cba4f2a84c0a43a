package org.hearth.marac.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracMeetings.IssuedMinutes;
import org.hearth.marac.MaracMeetings.Outcome;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Meeting;
import org.hearth.partnership.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A MARAC meeting as it is run, in PostgreSQL ({@code marac_meeting}, {@code marac_attendance}, {@code marac_case},
 * {@code marac_action}): SQL only, no checks and no audit ({@link JdbcMaracMeetings} does both).
 */
@Component
class MaracMeetingStore {

    private final JdbcClient jdbc;

    MaracMeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting row with what running it needs. */
    record MeetingRow(Meeting meeting, Instant heldAt, Instant issuedAt) {
    }

    /** What the meeting recorded of one case; {@link #NONE} before anything was. */
    record CaseNotes(String minutes, String idvaUpdate, String sharedAddress, Outcome outcome) {

        static final CaseNotes NONE = new CaseNotes(null, null, null, Outcome.WAITING);
    }

    Optional<MeetingRow> load(MaracMeetingId id, boolean lock) {
        return jdbc.sql("SELECT * FROM marac_meeting WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .param("id", id.value()).query(MaracMeetingStore::meeting).optional();
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(new Meeting(new MaracMeetingId(rs.getObject("id", UUID.class)),
                new MaracId(rs.getObject("marac_id", UUID.class)), rs.getObject("meets_on", LocalDate.class),
                instant(rs, "published_at")), instant(rs, "held_at"), instant(rs, "minutes_issued_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The notes of the meeting's cases, by referral. */
    Map<UUID, CaseNotes> notes(MaracMeetingId id) {
        Map<UUID, CaseNotes> notes = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM marac_case WHERE meeting_id = :meeting").param("meeting", id.value())
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    notes.put(rs.getObject("marac_referral_id", UUID.class), new CaseNotes(rs.getString("minutes"),
                            rs.getString("idva_update"), rs.getString("shared_address"),
                            outcome == null ? Outcome.WAITING : Outcome.valueOf(outcome)));
                    return null;
                }).list();
        return notes;
    }

    CaseNotes notes(MaracMeetingId id, MaracReferralId referral) {
        return notes(id).getOrDefault(referral.value(), CaseNotes.NONE);
    }

    Map<AgencyId, Attendance> attendance(MaracMeetingId id) {
        Map<AgencyId, Attendance> map = new LinkedHashMap<>();
        jdbc.sql("SELECT agency_id, status FROM marac_attendance WHERE meeting_id = :meeting")
                .param("meeting", id.value())
                .query((rs, n) -> map.put(new AgencyId(rs.getObject("agency_id", UUID.class)),
                        Attendance.valueOf(rs.getString("status"))))
                .list();
        return map;
    }

    /** How many actions the meeting agreed for each case. */
    Map<UUID, Long> actionCounts(MaracMeetingId id) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT marac_referral_id, count(*) AS actions FROM marac_action WHERE meeting_id = :meeting
                GROUP BY marac_referral_id""").param("meeting", id.value())
                .query((rs, n) -> counts.put(rs.getObject("marac_referral_id", UUID.class), rs.getLong("actions")))
                .list();
        return counts;
    }

    /** Records an agency's attendance; none clears it. */
    void attendance(MaracMeetingId id, AgencyId agency, Attendance status, UUID by) {
        if (status == null) {
            jdbc.sql("DELETE FROM marac_attendance WHERE meeting_id = :meeting AND agency_id = :agency")
                    .param("meeting", id.value()).param("agency", agency.value()).update();
        } else {
            jdbc.sql("""
                    INSERT INTO marac_attendance (meeting_id, agency_id, status, recorded_by)
                    VALUES (:meeting, :agency, :status, :by)
                    ON CONFLICT (meeting_id, agency_id) DO UPDATE SET status = EXCLUDED.status,
                        recorded_at = now(), recorded_by = EXCLUDED.recorded_by""")
                    .param("meeting", id.value()).param("agency", agency.value()).param("status", status.name())
                    .param("by", by).update();
        }
    }

    void saveCase(MaracMeetingId id, MaracReferralId referral, CaseNotes notes, UUID by) {
        jdbc.sql("""
                INSERT INTO marac_case (meeting_id, marac_referral_id, minutes, idva_update, shared_address, outcome,
                    updated_by) VALUES (:m, :r, :minutes, :idva, :shared, :outcome, :by)
                ON CONFLICT (meeting_id, marac_referral_id) DO UPDATE SET minutes = EXCLUDED.minutes,
                    idva_update = EXCLUDED.idva_update, shared_address = EXCLUDED.shared_address,
                    outcome = EXCLUDED.outcome, updated_at = now(), updated_by = EXCLUDED.updated_by""")
                .param("m", id.value()).param("r", referral.value()).param("minutes", notes.minutes())
                .param("idva", notes.idvaUpdate()).param("shared", notes.sharedAddress())
                .param("outcome", notes.outcome() == Outcome.WAITING ? null : notes.outcome().name())
                .param("by", by).update();
    }

    void close(MaracReferralId referral, LocalDate on) {
        jdbc.sql("UPDATE marac_referral SET closed_on = :on WHERE id = :id").param("on", on)
                .param("id", referral.value()).update();
    }

    void addAction(UUID actionId, MaracMeetingId id, MaracReferralId referral, MaracAction.Subject subject,
            String description, String risk, AgencyId owner, LocalDate dueOn, UUID by) {
        jdbc.sql("""
                INSERT INTO marac_action (id, meeting_id, marac_referral_id, subject, description, risk, owner_agency_id,
                    due_on, created_by)
                VALUES (:id, :meeting, :referral, :subject, :description, :risk, :owner, :due, :by)""")
                .param("id", actionId).param("meeting", id.value()).param("referral", referral.value())
                .param("subject", subject.name()).param("description", description).param("risk", risk)
                .param("owner", owner.value()).param("due", dueOn).param("by", by).update();
    }

    /** The MARAC's next meeting after this date whose agenda is not yet published: where an adjourned case goes. */
    Optional<UUID> nextOpenMeeting(MaracId marac, LocalDate after) {
        return jdbc.sql("""
                SELECT id FROM marac_meeting WHERE marac_id = :marac AND meets_on > :after AND published_at IS NULL
                ORDER BY meets_on LIMIT 1""").param("marac", marac.value()).param("after", after)
                .query(UUID.class).optional();
    }

    /** Moves the case to that meeting (none: awaiting listing) and records it adjourned at this one. */
    void adjourn(MaracMeetingId id, MaracReferralId referral, UUID to, UUID by) {
        jdbc.sql("UPDATE marac_referral SET meeting_id = :to WHERE id = :id").param("to", to)
                .param("id", referral.value()).update();
        jdbc.sql("""
                INSERT INTO marac_case (meeting_id, marac_referral_id, outcome, updated_by)
                VALUES (:meeting, :referral, 'ADJOURNED', :by)
                ON CONFLICT (meeting_id, marac_referral_id) DO UPDATE SET outcome = 'ADJOURNED', updated_at = now(),
                    updated_by = EXCLUDED.updated_by""")
                .param("meeting", id.value()).param("referral", referral.value()).param("by", by).update();
    }

    void markHeld(MaracMeetingId id, UUID by) {
        jdbc.sql("UPDATE marac_meeting SET held_at = now(), held_by = :by WHERE id = :id").param("by", by)
                .param("id", id.value()).update();
    }

    void issueMinutes(MaracMeetingId id, UUID by) {
        jdbc.sql("UPDATE marac_meeting SET minutes_issued_at = now(), minutes_issued_by = :by WHERE id = :id")
                .param("by", by).param("id", id.value()).update();
    }

    /** The last 50 meetings whose minutes were issued to an agency the user represents or deputises for. */
    List<IssuedMinutes> issuedTo(UUID user) {
        return jdbc.sql("""
                SELECT mt.id, mc.name, mt.meets_on, mm.agency_id, mt.minutes_issued_at FROM marac_meeting mt
                JOIN marac mc ON mc.id = mt.marac_id
                JOIN marac_member mm ON mm.marac_id = mt.marac_id
                    AND (mm.representative_id = :user OR mm.deputy_id = :user)
                WHERE mt.minutes_issued_at IS NOT NULL ORDER BY mt.meets_on DESC LIMIT 50""")
                .param("user", user)
                .query((rs, n) -> new IssuedMinutes(new MaracMeetingId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getObject("meets_on", LocalDate.class),
                        new AgencyId(rs.getObject("agency_id", UUID.class)),
                        rs.getTimestamp("minutes_issued_at").toInstant()))
                .list();
    }
}
