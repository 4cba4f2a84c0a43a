package org.hearth.encompass.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.encompass.internal.KeyAdultReads.Mine;
import org.hearth.encompass.Encompass.AttentionEntry;
import org.hearth.encompass.Encompass.ClockEntry;
import org.hearth.encompass.EncompassNotification;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Operation Encompass's notifications and attention list, SQL only. A key adult's reads and acknowledgements join
 * their own establishment in the query itself: another school's notification is never read.
 */
@Repository
class EncompassStore {

    private static final String CLOCK = """
            SELECT n.id, n.referral_id, s.name, n.police_reference, n.created_at, n.due_at, n.acknowledged_at
            FROM encompass_notification n JOIN school s ON s.id = n.school_id""";

    private static final String MINE = """
            SELECT n.id, n.school_id, s.name, n.police_force, n.police_reference, n.incident_on, n.incident_time,
                   n.child_present, n.child_name, n.child_dob, n.summary, n.created_at, n.due_at, n.acknowledged_at,
                   n.child_id
            FROM encompass_notification n JOIN school s ON s.id = n.school_id
            JOIN establishment_contact c ON c.school_id = n.school_id AND c.user_id = :me""";

    private final JdbcClient jdbc;

    EncompassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClockEntry> unacknowledged() {
        return jdbc.sql(CLOCK + " WHERE n.acknowledged_at IS NULL ORDER BY n.due_at, n.id LIMIT 500")
                .query(EncompassStore::clockRow).list();
    }

    List<ClockEntry> acknowledgedSince(Instant since) {
        return jdbc.sql(CLOCK + " WHERE n.acknowledged_at >= :since ORDER BY n.acknowledged_at DESC LIMIT 200")
                .param("since", Timestamp.from(since)).query(EncompassStore::clockRow).list();
    }

    private static ClockEntry clockRow(ResultSet rs, int n) throws SQLException {
        return new ClockEntry(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getString("name"), rs.getString("police_reference"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), instant(rs.getTimestamp("acknowledged_at")));
    }

    /** The open attention entries, the 500 most recent first, without the children's names. */
    List<AttentionEntry> openAttention() {
        return jdbc.sql("""
                SELECT id, referral_id, child_id, reason, created_at FROM encompass_attention
                WHERE resolved_at IS NULL ORDER BY created_at DESC LIMIT 500""")
                .query((rs, n) -> new AttentionEntry(rs.getObject("id", UUID.class),
                        rs.getObject("referral_id", UUID.class), rs.getObject("child_id", UUID.class), null,
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant())).list();
    }

    /** An open attention entry: its referral, child and area (null when not known). */
    record Open(UUID id, UUID referralId, PersonId child, AreaId area) {
    }

    Optional<Open> openEntry(UUID attentionId) {
        return jdbc.sql("SELECT id, referral_id, child_id, area_id FROM encompass_attention "
                        + "WHERE id = :id AND resolved_at IS NULL")
                .param("id", attentionId).query(EncompassStore::open).optional();
    }

    /** The child's open entries, oldest first, locked until the transaction ends. */
    List<Open> openEntriesOf(PersonId child) {
        return jdbc.sql("SELECT id, referral_id, child_id, area_id FROM encompass_attention "
                        + "WHERE child_id = :child AND resolved_at IS NULL ORDER BY created_at FOR UPDATE")
                .param("child", child.value()).query(EncompassStore::open).list();
    }

    private static Open open(ResultSet rs, int n) throws SQLException {
        UUID area = rs.getObject("area_id", UUID.class);
        return new Open(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                new PersonId(rs.getObject("child_id", UUID.class)), area == null ? null : new AreaId(area));
    }

    void resolved(UUID attentionId) {
        jdbc.sql("UPDATE encompass_attention SET resolved_at = now() WHERE id = :id").param("id", attentionId).update();
    }

    /** A key adult's notifications, each with the child it names. */
    List<Mine<EncompassNotification>> mine(UUID keyAdult) {
        return jdbc.sql(MINE + " ORDER BY n.created_at DESC LIMIT 200").param("me", keyAdult)
                .query(EncompassStore::mineRow).list();
    }

    Optional<Mine<EncompassNotification>> mine(UUID keyAdult, UUID id) {
        return jdbc.sql(MINE + " WHERE n.id = :id").param("me", keyAdult).param("id", id)
                .query(EncompassStore::mineRow).optional();
    }

    /** True when the notification was the key adult's school's and not yet acknowledged. */
    boolean acknowledge(UUID keyAdult, UUID id) {
        return jdbc.sql("""
                UPDATE encompass_notification n SET acknowledged_at = now(), acknowledged_by = :me
                WHERE n.id = :id AND n.acknowledged_at IS NULL AND EXISTS (SELECT 1 FROM establishment_contact c
                    WHERE c.school_id = n.school_id AND c.user_id = :me)""")
                .param("me", keyAdult).param("id", id).update() == 1;
    }

    private static Mine<EncompassNotification> mineRow(ResultSet rs, int n) throws SQLException {
        return new Mine<>(new EncompassNotification(rs.getObject("id", UUID.class),
                new SchoolId(rs.getObject("school_id", UUID.class)), rs.getString("name"),
                rs.getString("police_force"), rs.getString("police_reference"),
                rs.getDate("incident_on") == null ? null : rs.getDate("incident_on").toLocalDate(),
                rs.getTime("incident_time") == null ? null : rs.getTime("incident_time").toLocalTime(),
                (Boolean) rs.getObject("child_present"), rs.getString("child_name"),
                rs.getDate("child_dob") == null ? null : rs.getDate("child_dob").toLocalDate(),
                rs.getString("summary"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), instant(rs.getTimestamp("acknowledged_at"))),
                rs.getObject("child_id", UUID.class));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
