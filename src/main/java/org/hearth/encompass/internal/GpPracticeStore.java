package org.hearth.encompass.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hearth.encompass.internal.KeyAdultReads.Mine;
import org.hearth.access.StaffUserId;
import org.hearth.encompass.GpNotification;
import org.hearth.encompass.GpPractice;
import org.hearth.encompass.GpPracticeId;
import org.hearth.encompass.GpPractices;
import org.hearth.encompass.RoutineEnquiry;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * GP practices in PostgreSQL (the register, the people's practices, the people waiting for one, routine enquiry,
 * the key adults' accounts and their notifications): SQL only, no checks and no audit ({@link JdbcGpPractices} does
 * both).
 */
@Component
class GpPracticeStore {

    private static final String MINE = """
            SELECT n.*, p.name AS practice_name FROM gp_notification n JOIN gp_practice p ON p.id = n.practice_id
            JOIN gp_practice_contact c ON c.practice_id = n.practice_id AND c.user_id = :me""";

    private final JdbcClient jdbc;

    GpPracticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A practice with its notifications and the referrals routine enquiry there identified. */
    record Counted(GpPractice practice, int notifications, int routineEnquiryReferrals) {
    }

    static GpPractice row(ResultSet rs, int n) throws SQLException {
        return new GpPractice(new GpPracticeId(rs.getObject("id", UUID.class)),
                new AreaId(rs.getObject("area_id", UUID.class)), rs.getString("name"), rs.getString("ods_code"),
                rs.getString("contact_name"), rs.getString("contact_email"),
                RoutineEnquiry.valueOf(rs.getString("routine_enquiry")));
    }

    /** The register, the practices told most often first. */
    List<Counted> register() {
        return jdbc.sql("""
                SELECT p.*,
                       (SELECT count(*) FROM gp_notification n WHERE n.practice_id = p.id) AS notifications,
                       (SELECT count(*) FROM gp_routine_enquiry_referral r WHERE r.practice_id = p.id) AS yield
                FROM gp_practice p
                ORDER BY notifications DESC, p.name""")
                .query((rs, n) -> new Counted(row(rs, n), rs.getInt("notifications"), rs.getInt("yield"))).list();
    }

    Optional<GpPractice> find(GpPracticeId id) {
        return jdbc.sql("SELECT * FROM gp_practice WHERE id = :id").param("id", id.value())
                .query(GpPracticeStore::row).optional();
    }

    /** Whether a practice other than {@code except} (null: any) has the ODS code. */
    boolean odsTaken(String ods, GpPracticeId except) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM gp_practice WHERE ods_code = :ods AND id <> :except)")
                .param("ods", ods).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class).single();
    }

    /** Whether a practice in the area has the name, ignoring case. */
    boolean nameTaken(AreaId area, String name) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM gp_practice WHERE area_id = :area AND lower(name) = :name)")
                .param("area", area.value()).param("name", name.strip().toLowerCase(Locale.ROOT))
                .query(Boolean.class).single();
    }

    void insert(GpPracticeId id, AreaId area, GpPracticeRules.Checked c) {
        jdbc.sql("""
                INSERT INTO gp_practice (id, area_id, name, ods_code, contact_name, contact_email, routine_enquiry)
                VALUES (:id, :area, :name, :ods, :contactName, :contactEmail, :routineEnquiry)""")
                .param("id", id.value()).param("area", area.value()).param("name", c.name()).param("ods", c.ods())
                .param("contactName", c.contactName()).param("contactEmail", c.contactEmail())
                .param("routineEnquiry", c.routineEnquiry().name()).update();
    }

    void update(GpPracticeId id, GpPracticeRules.Checked c) {
        jdbc.sql("""
                UPDATE gp_practice SET name = :name, ods_code = :ods, contact_name = :contactName,
                    contact_email = :contactEmail, routine_enquiry = :routineEnquiry
                WHERE id = :id""")
                .param("id", id.value()).param("name", c.name()).param("ods", c.ods())
                .param("contactName", c.contactName()).param("contactEmail", c.contactEmail())
                .param("routineEnquiry", c.routineEnquiry().name()).update();
    }

    void recordPractice(PersonId person, GpPracticeId practice) {
        jdbc.sql("""
                INSERT INTO person_gp_practice (person_id, practice_id) VALUES (:person, :practice)
                ON CONFLICT (person_id) DO UPDATE SET practice_id = excluded.practice_id, recorded_at = now()""")
                .param("person", person.value()).param("practice", practice.value()).update();
    }

    /** The last 500 people whose practice is not known (their names left out). */
    List<GpPractices.Attention> attention() {
        return jdbc.sql("""
                SELECT id, person_id, part, source, created_at FROM gp_attention WHERE resolved_at IS NULL
                ORDER BY created_at DESC LIMIT 500""")
                .query((rs, n) -> new GpPractices.Attention(rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("person_id", UUID.class)), null, rs.getString("part"),
                        rs.getString("source"), rs.getTimestamp("created_at").toInstant())).list();
    }

    Optional<GpNotifier.Waiting> waiting(UUID attention) {
        return jdbc.sql("SELECT * FROM gp_attention WHERE id = :id AND resolved_at IS NULL").param("id", attention)
                .query((rs, n) -> new GpNotifier.Waiting(
                        new GpNotifier.Case(rs.getString("source"), rs.getObject("source_id", UUID.class),
                                rs.getString("case_reference"), rs.getDate("decided_on").toLocalDate(),
                                rs.getString("decisions"), rs.getString("contact"), List.of()),
                        new GpNotifier.Party(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("part"))))
                .optional();
    }

    void resolved(UUID attention) {
        jdbc.sql("UPDATE gp_attention SET resolved_at = now() WHERE id = :id").param("id", attention).update();
    }

    /** The referral with this reference (the referrals module's own table, read by its reference only). */
    Optional<UUID> referral(String reference) {
        return jdbc.sql("SELECT id FROM referral WHERE reference = :reference").param("reference", reference)
                .query(UUID.class).optional();
    }

    void routineEnquiry(UUID referral, GpPracticeId practice, UUID by) {
        jdbc.sql("""
                INSERT INTO gp_routine_enquiry_referral (referral_id, practice_id, recorded_by)
                VALUES (:referral, :practice, :by)
                ON CONFLICT (referral_id) DO UPDATE SET practice_id = excluded.practice_id""")
                .param("referral", referral).param("practice", practice.value()).param("by", by).update();
    }

    void addContact(GpPracticeId practice, StaffUserId user) {
        jdbc.sql("""
                INSERT INTO gp_practice_contact (user_id, practice_id) VALUES (:user, :practice)
                ON CONFLICT DO NOTHING""").param("user", user.value()).param("practice", practice.value()).update();
    }

    boolean removeContact(GpPracticeId practice, StaffUserId user) {
        return jdbc.sql("DELETE FROM gp_practice_contact WHERE user_id = :user AND practice_id = :practice")
                .param("user", user.value()).param("practice", practice.value()).update() > 0;
    }

    List<StaffUserId> contacts(GpPracticeId practice) {
        return jdbc.sql("SELECT user_id FROM gp_practice_contact WHERE practice_id = :practice ORDER BY user_id")
                .param("practice", practice.value())
                .query((rs, n) -> new StaffUserId(rs.getObject("user_id", UUID.class))).list();
    }

    /** The last 200 notifications to the key adult's practices, each with the id of the patient it is about. */
    List<Mine<GpNotification>> mine(StaffUserId me) {
        return jdbc.sql(MINE + " ORDER BY n.created_at DESC LIMIT 200").param("me", me.value())
                .query(GpPracticeStore::mine).list();
    }

    Optional<Mine<GpNotification>> mine(StaffUserId me, UUID id) {
        return jdbc.sql(MINE + " WHERE n.id = :id").param("me", me.value()).param("id", id)
                .query(GpPracticeStore::mine).optional();
    }

    /** Acknowledges a notification to one of the key adult's practices; false if none, or already. */
    boolean acknowledge(StaffUserId me, UUID id) {
        return jdbc.sql("""
                UPDATE gp_notification n SET acknowledged_at = now(), acknowledged_by = :me
                WHERE n.id = :id AND n.acknowledged_at IS NULL AND EXISTS (SELECT 1 FROM gp_practice_contact c
                    WHERE c.practice_id = n.practice_id AND c.user_id = :me)""")
                .param("me", me.value()).param("id", id).update() == 1;
    }

    private static Mine<GpNotification> mine(ResultSet rs, int n) throws SQLException {
        return new Mine<>(new GpNotification(rs.getObject("id", UUID.class),
                new GpPracticeId(rs.getObject("practice_id", UUID.class)), rs.getString("practice_name"),
                rs.getString("part"), rs.getString("source"), rs.getString("case_reference"),
                rs.getString("patient_name"),
                rs.getDate("patient_dob") == null ? null : rs.getDate("patient_dob").toLocalDate(),
                rs.getDate("decided_on").toLocalDate(), rs.getString("decisions"), rs.getString("contact"),
                rs.getBoolean("hide_from_online_access"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant()),
                rs.getObject("person_id", UUID.class));
    }
}
