package org.hearth.encompass.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.encompass.Phase;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Term;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schools register in PostgreSQL ({@code school}, its terms and non-school days, the children's schools and the
 * key adults' accounts): SQL only, no checks and no audit ({@link JdbcSchools} does both).
 */
@Component
class SchoolStore implements SchoolRules.Register {

    private static final String SELECT = """
            SELECT id, area_id, name, urn, phase, dsl_name, dsl_email, deputy_name, deputy_email, starts_at
            FROM school""";

    private final JdbcClient jdbc;

    SchoolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A school's details as they are written. */
    record Details(String name, String urn, Phase phase, String leadName, String leadEmail, String deputyName,
            String deputyEmail, LocalTime startsAt) {
    }

    private static School row(ResultSet rs, int n) throws SQLException {
        return new School(new SchoolId(rs.getObject("id", UUID.class)), new AreaId(rs.getObject("area_id", UUID.class)),
                rs.getString("name"), rs.getString("urn"), Phase.valueOf(rs.getString("phase")),
                rs.getString("dsl_name"), rs.getString("dsl_email"), rs.getString("deputy_name"),
                rs.getString("deputy_email"), rs.getTime("starts_at").toLocalTime());
    }

    List<School> inArea(AreaId area) {
        return jdbc.sql(SELECT + " WHERE area_id = :area ORDER BY name").param("area", area.value())
                .query(SchoolStore::row).list();
    }

    List<School> all() {
        return jdbc.sql(SELECT + " ORDER BY name").query(SchoolStore::row).list();
    }

    Optional<School> find(SchoolId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(SchoolStore::row).optional();
    }

    List<Term> terms(SchoolId id) {
        return jdbc.sql("SELECT starts_on, ends_on FROM school_term WHERE school_id = :school ORDER BY starts_on")
                .param("school", id.value())
                .query((rs, n) -> new Term(rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate()))
                .list();
    }

    List<LocalDate> closures(SchoolId id) {
        return jdbc.sql("SELECT day FROM school_closure WHERE school_id = :school ORDER BY day")
                .param("school", id.value()).query((rs, n) -> rs.getDate("day").toLocalDate()).list();
    }

    /** Whether another school than {@code except} (none: any) holds the URN. */
    @Override
    public boolean urnTaken(String urn, UUID except) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM school WHERE urn = :urn"
                + (except == null ? "" : " AND id <> :except") + ")").param("urn", urn).params(except(except))
                .query(Boolean.class).single();
    }

    /** Whether another school than {@code except} (none: any) in the area has the name, ignoring case. */
    @Override
    public boolean nameTaken(AreaId area, String name, UUID except) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM school WHERE area_id = :area AND lower(name) = :name"
                + (except == null ? "" : " AND id <> :except") + ")")
                .param("area", area.value()).param("name", name.strip().toLowerCase(Locale.ROOT))
                .params(except(except)).query(Boolean.class).single();
    }

    private static Map<String, Object> except(UUID except) {
        return except == null ? Map.of() : Map.of("except", except);
    }

    /** The area's education safeguarding team (the register's local authority entry), if any. */
    Optional<UUID> laTeam(AreaId area) {
        return jdbc.sql("SELECT id FROM school WHERE area_id = :area AND phase = 'LOCAL_AUTHORITY'")
                .param("area", area.value()).query(UUID.class).optional();
    }

    @Override
    public boolean hasTeam(AreaId area) {
        return laTeam(area).isPresent();
    }

    @Override
    public boolean homeEducatedLinked(UUID team) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM child_school WHERE school_id = :school AND home_educated)")
                .param("school", team).query(Boolean.class).single();
    }

    void insert(UUID id, AreaId area, Details d) {
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email, deputy_name, deputy_email,
                    starts_at) VALUES (:id, :area, :name, :urn, :phase, :leadName, :leadEmail, :deputyName,
                    :deputyEmail, :startsAt)""")
                .param("id", id).param("area", area.value()).param("name", d.name()).param("urn", d.urn())
                .param("phase", d.phase().name()).param("leadName", d.leadName()).param("leadEmail", d.leadEmail())
                .param("deputyName", d.deputyName()).param("deputyEmail", d.deputyEmail())
                .param("startsAt", Time.valueOf(d.startsAt())).update();
    }

    void update(SchoolId id, Details d) {
        jdbc.sql("""
                UPDATE school SET name = :name, urn = :urn, phase = :phase, dsl_name = :leadName, dsl_email = :leadEmail,
                    deputy_name = :deputyName, deputy_email = :deputyEmail, starts_at = :startsAt WHERE id = :id""")
                .param("id", id.value()).param("name", d.name()).param("urn", d.urn()).param("phase", d.phase().name())
                .param("leadName", d.leadName()).param("leadEmail", d.leadEmail()).param("deputyName", d.deputyName())
                .param("deputyEmail", d.deputyEmail()).param("startsAt", Time.valueOf(d.startsAt())).update();
    }

    /** Adds terms and non-school days; {@code replace} first removes those held. */
    void calendar(UUID school, List<Term> terms, List<LocalDate> closures, boolean replace) {
        if (replace) {
            jdbc.sql("DELETE FROM school_term WHERE school_id = :school").param("school", school).update();
            jdbc.sql("DELETE FROM school_closure WHERE school_id = :school").param("school", school).update();
        }
        for (Term t : terms) {
            jdbc.sql("""
                    INSERT INTO school_term (school_id, starts_on, ends_on) VALUES (:school, :starts, :ends)
                    ON CONFLICT DO NOTHING""")
                    .param("school", school).param("starts", Date.valueOf(t.startsOn()))
                    .param("ends", Date.valueOf(t.endsOn())).update();
        }
        for (LocalDate d : closures) {
            jdbc.sql("INSERT INTO school_closure (school_id, day) VALUES (:school, :day) ON CONFLICT DO NOTHING")
                    .param("school", school).param("day", Date.valueOf(d)).update();
        }
    }

    /** The child's school (or the area's team, home-educated). */
    void linkChild(PersonId child, UUID school, boolean homeEducated) {
        jdbc.sql("""
                INSERT INTO child_school (child_id, school_id, home_educated) VALUES (:child, :school, :home)
                ON CONFLICT (child_id) DO UPDATE SET school_id = excluded.school_id,
                    home_educated = excluded.home_educated, recorded_at = now()""")
                .param("child", child.value()).param("school", school).param("home", homeEducated).update();
    }

    Optional<UUID> schoolOf(PersonId child) {
        return jdbc.sql("SELECT school_id FROM child_school WHERE child_id = :child").param("child", child.value())
                .query(UUID.class).optional();
    }

    /** {@link #schoolOf} for many children in one statement: only those whose school is known. */
    Map<PersonId, UUID> schoolsOf(java.util.Collection<PersonId> children) {
        Map<PersonId, UUID> schools = new java.util.HashMap<>();
        if (!children.isEmpty()) {
            jdbc.sql("SELECT child_id, school_id FROM child_school WHERE child_id = ANY(:children)")
                    .param("children", children.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                    .query(rs -> {
                        schools.put(new PersonId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class));
                    });
        }
        return schools;
    }

    void addContact(SchoolId school, StaffUserId user) {
        jdbc.sql("INSERT INTO establishment_contact (user_id, school_id) VALUES (:user, :school) ON CONFLICT DO NOTHING")
                .param("user", user.value()).param("school", school.value()).update();
    }

    boolean removeContact(SchoolId school, StaffUserId user) {
        return jdbc.sql("DELETE FROM establishment_contact WHERE user_id = :user AND school_id = :school")
                .param("user", user.value()).param("school", school.value()).update() > 0;
    }

    List<StaffUserId> contacts(SchoolId school) {
        return jdbc.sql("SELECT user_id FROM establishment_contact WHERE school_id = :school ORDER BY user_id")
                .param("school", school.value()).query((rs, n) -> new StaffUserId(rs.getObject("user_id", UUID.class)))
                .list();
    }
}
