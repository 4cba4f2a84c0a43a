package org.hearth.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.GenderIdentity;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.Relationship;
import org.hearth.people.RelationshipKind;
import org.hearth.people.Sex;
import org.hearth.people.SexualOrientation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's row, names, corrections and relationships, SQL only: named parameters, a mapper per row shape, no
 * access check and no audit (those are {@link PersonRecords}' and {@link PersonChanges}').
 */
@Component
class PersonStore {

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonDetails> details(PersonId id) {
        return jdbc.sql("SELECT * FROM person WHERE id = :id").param("id", id.value()).query(PersonStore::details)
                .optional();
    }

    /** The details of those of these people that exist, by id. */
    Map<UUID, PersonDetails> detailsOf(Collection<UUID> ids) {
        Map<UUID, PersonDetails> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT * FROM person WHERE id = ANY(:ids)").param("ids", ids.toArray(UUID[]::new))
                    .query(rs -> {
                        found.put(rs.getObject("id", UUID.class), details(rs, 0));
                    });
        }
        return found;
    }

    Optional<String> name(PersonId id) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    void update(PersonId id, PersonDetails d) {
        jdbc.sql("""
                UPDATE person SET given_name = :given, family_name = :family, date_of_birth = :dob, estimated_age = :age,
                    sex = :sex, gender_identity = :gender, ethnicity = :ethnicity, first_language = :language,
                    interpreter_needed = :interpreter, disability = :disability, sexual_orientation = :orientation,
                    religion = :religion, sexual_orientation_code = :orientationCode,
                    gender_identity_code = :genderCode, updated_at = now()
                WHERE id = :id""")
                .param("id", id.value()).param("given", d.givenName().trim()).param("family", d.familyName().trim())
                .param("dob", d.dateOfBirth() == null ? null : Date.valueOf(d.dateOfBirth()))
                .param("age", d.estimatedAge()).param("sex", d.sex().name())
                .param("gender", PeopleRules.blankToNull(d.genderIdentity()))
                .param("ethnicity", d.ethnicity() == null ? null : d.ethnicity().name())
                .param("language", PeopleRules.blankToNull(d.firstLanguage()))
                .param("interpreter", d.interpreterNeeded()).param("disability", d.disability().name())
                .param("orientation", PeopleRules.blankToNull(d.sexualOrientation()))
                .param("religion", PeopleRules.blankToNull(d.religion()))
                .param("orientationCode", d.sexualOrientationCode().name())
                .param("genderCode", d.genderIdentityCode().name())
                .update();
    }

    List<String> aliases(PersonId id) {
        return jdbc.sql("""
                SELECT trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) FROM person_alias
                WHERE person_id = :id ORDER BY id""").param("id", id.value()).query(String.class).list();
    }

    void deleteAliases(PersonId id) {
        jdbc.sql("DELETE FROM person_alias WHERE person_id = :id").param("id", id.value()).update();
    }

    /** Each alias given as "given family" (one word: a family name only); blank ones are skipped. */
    void saveAliases(PersonId id, List<String> aliases) {
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank()) {
                String[] parts = alias.trim().split("\\s+", 2);
                jdbc.sql("INSERT INTO person_alias (person_id, given_name, family_name) VALUES (:id, :given, :family)")
                        .param("id", id.value()).param("given", parts.length == 2 ? parts[0] : null)
                        .param("family", parts[parts.length - 1]).update();
            }
        }
    }

    /** Changes the corrected field (a date of birth no longer estimated) and keeps the correction. */
    void correct(UUID correction, PersonId id, PersonCorrection.Field field, String old, String value, String reason,
            String requestedBy, UUID by, String byName) {
        String column = switch (field) {
            case GIVEN_NAME -> "given_name = :value";
            case FAMILY_NAME -> "family_name = :value";
            case DATE_OF_BIRTH -> "date_of_birth = CAST(:value AS date), estimated_age = NULL";
        };
        jdbc.sql("UPDATE person SET " + column + ", updated_at = now() WHERE id = :id").param("value", value)
                .param("id", id.value()).update();
        jdbc.sql("""
                INSERT INTO person_correction (id, person_id, field, old_value, new_value, reason, requested_by,
                    recorded_by, recorded_by_name)
                VALUES (:id, :person, :field, :old, :value, :reason, :requestedBy, :by, :byName)""")
                .param("id", correction).param("person", id.value()).param("field", field.name()).param("old", old)
                .param("value", value).param("reason", reason).param("requestedBy", requestedBy).param("by", by)
                .param("byName", byName).update();
    }

    List<PersonCorrection> corrections(PersonId id) {
        return jdbc.sql("""
                SELECT id, field, old_value, new_value, reason, requested_by, recorded_by_name AS recorded_by,
                    recorded_at
                FROM person_correction WHERE person_id = :id ORDER BY recorded_at, id""").param("id", id.value())
                .query(PersonCorrection.class).list();
    }

    /** Both ways: those the person named, and (reversed) those who named the person. */
    List<Relationship> relationships(PersonId id) {
        return jdbc.sql("""
                SELECT r.related_id AS other, p.given_name || ' ' || p.family_name AS name, r.kind, false AS reversed
                FROM person_relationship r JOIN person p ON p.id = r.related_id WHERE r.person_id = :id
                UNION ALL
                SELECT r.person_id, p.given_name || ' ' || p.family_name, r.kind, true
                FROM person_relationship r JOIN person p ON p.id = r.person_id WHERE r.related_id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new Relationship(new PersonId(rs.getObject("other", UUID.class)),
                        rs.getString("name"), RelationshipKind.valueOf(rs.getString("kind")), rs.getBoolean("reversed"),
                        true))
                .list();
    }

    /** Records each relationship not already recorded. */
    void relate(PersonId from, List<Map.Entry<PersonId, RelationshipKind>> to) {
        jdbc.sql("""
                INSERT INTO person_relationship (person_id, related_id, kind)
                SELECT :from, t.related, t.kind FROM unnest(CAST(:related AS uuid[]), CAST(:kinds AS text[])) AS t(related, kind)
                ON CONFLICT DO NOTHING""")
                .param("from", from.value())
                .param("related", to.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param("kinds", to.stream().map(e -> e.getValue().name()).toArray(String[]::new))
                .update();
    }

    static PersonDetails details(ResultSet rs, int n) throws SQLException {
        Date dob = rs.getDate("date_of_birth");
        String ethnicity = rs.getString("ethnicity");
        return new PersonDetails(rs.getString("given_name"), rs.getString("family_name"),
                dob == null ? null : dob.toLocalDate(), (Integer) rs.getObject("estimated_age"),
                Sex.valueOf(rs.getString("sex")), rs.getString("gender_identity"),
                ethnicity == null ? null : Ethnicity.valueOf(ethnicity), rs.getString("first_language"),
                rs.getBoolean("interpreter_needed"), Disability.valueOf(rs.getString("disability")),
                rs.getString("sexual_orientation"), rs.getString("religion"),
                SexualOrientation.valueOf(rs.getString("sexual_orientation_code")),
                GenderIdentity.valueOf(rs.getString("gender_identity_code")));
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
