package org.hearth.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.people.AccessGround;
import org.hearth.people.Address;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * New person records, SQL only: the people, the acting agency's grants and the first addresses in one statement
 * whatever their number (the grants' and the addresses' foreign keys are checked at its end). No rule and no audit:
 * those are {@link PersonChanges}'.
 */
@Component
class NewPersonStore {

    private final JdbcClient jdbc;

    NewPersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One new person: their id, the id of the agency's grant, its ground, and the first address (or null). */
    record NewRow(PersonId id, UUID grant, PersonDetails details, AccessGround ground, Address address) {
    }

    /** Writes the rows, each person with the agency's RECORD grant approved by {@code by}. */
    void insert(List<NewRow> rows, UUID by, UUID agency) {
        List<NewRow> housed = rows.stream().filter(r -> r.address() != null).toList();
        List<Address> addresses = housed.stream().map(r -> PeopleRules.stored(r.address())).toList();
        jdbc.sql("""
                WITH p AS (
                    INSERT INTO person (id, given_name, family_name, date_of_birth, estimated_age, sex, gender_identity,
                        ethnicity, first_language, interpreter_needed, disability, sexual_orientation, religion,
                        created_by, sexual_orientation_code, gender_identity_code)
                    SELECT t.id, t.given, t.family, CAST(t.dob AS date), CAST(t.age AS int), t.sex, t.gender,
                        t.ethnicity, t.language, CAST(t.interpreter AS boolean), t.disability, t.orientation, t.religion,
                        CAST(:by AS uuid), t.orientation_code, t.gender_code
                    FROM unnest(CAST(:ids AS uuid[]), CAST(:given AS text[]), CAST(:family AS text[]),
                        CAST(:dob AS text[]), CAST(:age AS text[]), CAST(:sex AS text[]), CAST(:gender AS text[]),
                        CAST(:ethnicity AS text[]), CAST(:language AS text[]), CAST(:interpreter AS text[]),
                        CAST(:disability AS text[]), CAST(:orientation AS text[]), CAST(:religion AS text[]),
                        CAST(:orientationCode AS text[]), CAST(:genderCode AS text[]))
                        AS t(id, given, family, dob, age, sex, gender, ethnicity, language, interpreter, disability,
                            orientation, religion, orientation_code, gender_code)
                    RETURNING id),
                g AS (
                    INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, user_id, expires_at,
                        approved_by, basis_kind, basis_id)
                    SELECT t.grant_id, t.person_id, t.ground, 'RECORD', CAST(:agency AS uuid), CAST(NULL AS uuid),
                        CAST(NULL AS timestamptz), CAST(:by AS uuid), 'person', CAST(t.person_id AS text)
                    FROM unnest(CAST(:grants AS uuid[]), CAST(:ids AS uuid[]), CAST(:grounds AS text[]))
                        AS t(grant_id, person_id, ground))
                INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                    confidential, in_refuge, refuge_service)
                SELECT t.id, t.person_id, t.line1, t.line2, t.town, t.postcode, CAST(t.from_date AS date),
                    CAST(t.to_date AS date), CAST(t.confidential AS boolean), CAST(t.in_refuge AS boolean), t.service
                FROM unnest(CAST(:addressIds AS uuid[]), CAST(:addressPeople AS uuid[]), CAST(:line1 AS text[]),
                    CAST(:line2 AS text[]), CAST(:town AS text[]), CAST(:postcode AS text[]), CAST(:from AS text[]),
                    CAST(:to AS text[]), CAST(:confidential AS text[]), CAST(:refuge AS text[]), CAST(:service AS text[]))
                    AS t(id, person_id, line1, line2, town, postcode, from_date, to_date, confidential, in_refuge,
                        service)""")
                .param("ids", rows.stream().map(r -> r.id().value()).toArray(UUID[]::new))
                .param("given", details(rows, d -> d.givenName().trim()))
                .param("family", details(rows, d -> d.familyName().trim()))
                .param("dob", details(rows, d -> text(d.dateOfBirth())))
                .param("age", details(rows, d -> text(d.estimatedAge())))
                .param("sex", details(rows, d -> d.sex().name()))
                .param("gender", details(rows, d -> PeopleRules.blankToNull(d.genderIdentity())))
                .param("ethnicity", details(rows, d -> d.ethnicity() == null ? null : d.ethnicity().name()))
                .param("language", details(rows, d -> PeopleRules.blankToNull(d.firstLanguage())))
                .param("interpreter", details(rows, d -> String.valueOf(d.interpreterNeeded())))
                .param("disability", details(rows, d -> d.disability().name()))
                .param("orientation", details(rows, d -> PeopleRules.blankToNull(d.sexualOrientation())))
                .param("religion", details(rows, d -> PeopleRules.blankToNull(d.religion())))
                .param("orientationCode", details(rows, d -> d.sexualOrientationCode().name()))
                .param("genderCode", details(rows, d -> d.genderIdentityCode().name()))
                .param("by", by).param("agency", agency)
                .param("grants", rows.stream().map(NewRow::grant).toArray(UUID[]::new))
                .param("grounds", rows.stream().map(r -> r.ground().name()).toArray(String[]::new))
                .param("addressIds", housed.stream().map(r -> UUID.randomUUID()).toArray(UUID[]::new))
                .param("addressPeople", housed.stream().map(r -> r.id().value()).toArray(UUID[]::new))
                .param("line1", column(addresses, Address::line1)).param("line2", column(addresses, Address::line2))
                .param("town", column(addresses, Address::town)).param("postcode", column(addresses, Address::postcode))
                .param("from", column(addresses, a -> text(a.from()))).param("to", column(addresses, a -> text(a.to())))
                .param("confidential", column(addresses, a -> String.valueOf(a.confidential())))
                .param("refuge", column(addresses, a -> String.valueOf(a.inRefuge())))
                .param("service", column(addresses, Address::refugeService))
                .update();
    }

    private static String[] details(List<NewRow> rows, Function<PersonDetails, String> value) {
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(value.apply(r.details())));
        return out.toArray(String[]::new);
    }

    private static String[] column(List<Address> addresses, Function<Address, String> value) {
        List<String> out = new ArrayList<>(addresses.size());
        addresses.forEach(a -> out.add(value.apply(a)));
        return out.toArray(String[]::new);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
