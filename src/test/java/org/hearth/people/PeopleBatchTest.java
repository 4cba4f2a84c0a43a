package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people module's batch methods for the police import and Operation Encompass: {@link People#createAll} writes and
 * audits for each person exactly what {@link People#create} does, or nothing for any of them; {@link
 * People#detailsForAll} reads and audits what {@link People#detailsFor} does for each.
 */
@HearthIntegrationTest
class PeopleBatchTest {

    @Autowired
    People people;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private <T> T as(TestUser user, Supplier<T> work) {
        StaffUser u = user.user();
        StaffPrincipal principal = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(),
                true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PersonDetails details(String family, LocalDate dob, Ethnicity ethnicity) {
        return new PersonDetails("Fern", family, dob, dob == null ? 7 : null, Sex.FEMALE, dob == null ? null : "woman",
                ethnicity, dob == null ? null : "Welsh", dob != null, Disability.NOT_KNOWN, null,
                dob == null ? null : "None");
    }

    /** Everything written for a person, with its own ids and times left out (its name is the caller's). */
    private List<String> written(PersonId id) {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', given_name, date_of_birth, estimated_age, sex, gender_identity, ethnicity,
                    first_language, interpreter_needed, disability, sexual_orientation, religion, created_by,
                    sexual_orientation_code, gender_identity_code) FROM person WHERE id = ?""")
                .param(id.value()).query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'grant', ground, scope, agency_id, user_id, expires_at, approved_by, basis_kind,
                    basis_id = person_id::text, ended_at) FROM person_access_grant WHERE person_id = ?""")
                .param(id.value()).query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'address', line1, line2, town, postcode, from_date, to_date, confidential,
                    in_refuge, refuge_service) FROM person_address WHERE person_id = ?""")
                .param(id.value()).query(String.class).list());
        // the audit entries naming the person, in order, with the grant's id left out
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'audit', action, record_type, cardinality(record_ids), actor_id, reason)
                FROM audit_event WHERE ? = ANY(record_ids) ORDER BY id""")
                .param(id.toString()).query(String.class).list());
        return rows;
    }

    @Test
    void createAllWritesAndAuditsForEachPersonWhatCreateDoes() {
        TestUser worker = fixtures.enrolledUser(Role.PRACTITIONER);
        Address address = new Address(null, " 3 Low Road ", null, "Northfield", "nf2 2bb", LocalDate.of(2024, 5, 1),
                null, true, false, null);
        List<PeopleBatchTest.Case> cases = List.of(
                new Case(details(Fixtures.uniqueName("Ba"), LocalDate.of(1990, 3, 4), Ethnicity.values()[0]),
                        AccessGround.REFERRER, address),
                new Case(details(Fixtures.uniqueName("Bb"), null, null), AccessGround.RECORDED, null),
                new Case(details(Fixtures.uniqueName("Bc"), LocalDate.of(2015, 1, 2), null), AccessGround.RECORDED,
                        Address.refuge("Northfield Refuge", LocalDate.of(2025, 2, 3))));
        List<PersonId> alone = as(worker, () -> cases.stream()
                .map(c -> people.create(c.details(), List.of(), c.ground(), c.address())).toList());
        List<PersonId> together = as(worker, () -> people.createAll(cases.stream()
                .map(c -> new People.NewPerson(c.details(), List.of(), c.ground(), c.address())).toList()));

        assertThat(together).hasSize(3).doesNotContainAnyElementsOf(alone);
        for (int i = 0; i < 3; i++) {
            assertThat(written(together.get(i))).as("person " + i).isEqualTo(written(alone.get(i)))
                    .anyMatch(r -> r.startsWith("grant|")).anyMatch(r -> r.startsWith("audit|CREATE|person|"))
                    .anyMatch(r -> r.startsWith("audit|CREATE|access-grant|"));
            assertThat(jdbc.sql("SELECT family_name FROM person WHERE id = ?").param(together.get(i).value())
                    .query(String.class).single()).isEqualTo(cases.get(i).details().familyName());
        }
        assertThat(written(together.get(0))).anyMatch(r -> r.startsWith("address|3 Low Road|Northfield|NF2 2BB|2024-05-01|"));
        assertThat(written(together.get(2))).anyMatch(r -> r.startsWith("address|2025-02-03|"));
    }

    @Test
    void createAllWritesNothingForAnyoneWhenOnePersonIsRefused() {
        TestUser worker = fixtures.enrolledUser(Role.PRACTITIONER);
        String first = Fixtures.uniqueName("Bd");
        String second = Fixtures.uniqueName("Be");
        assertThatThrownBy(() -> as(worker, () -> people.createAll(List.of(
                new People.NewPerson(details(first, LocalDate.of(1991, 1, 1), null), List.of(), AccessGround.RECORDED,
                        null),
                new People.NewPerson(details(second, LocalDate.of(1992, 1, 1), null), List.of(), AccessGround.HUB,
                        null)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name IN (?, ?)").params(first, second)
                .query(Long.class).single()).isZero();
    }

    @Test
    void detailsForAllReadsAndAuditsEachAsDetailsForDoes() {
        TestUser worker = fixtures.enrolledUser(Role.PRACTITIONER);
        List<PersonId> ids = as(worker, () -> people.createAll(List.of(
                new People.NewPerson(details(Fixtures.uniqueName("Bf"), LocalDate.of(2016, 4, 5), null), List.of(),
                        AccessGround.RECORDED, null),
                new People.NewPerson(details(Fixtures.uniqueName("Bg"), null, null), List.of(), AccessGround.RECORDED,
                        null))));
        Map<PersonId, PersonDetails> read = people.detailsForAll(List.of(ids.get(0), ids.get(1), PersonId.random()),
                "Operation Encompass", "batch test read");
        assertThat(read).containsOnlyKeys(ids);
        for (PersonId id : ids) {
            assertThat(read.get(id)).isEqualTo(people.detailsFor(id, "Operation Encompass", "batch test read")
                    .orElseThrow());
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids) AND action = 'READ'
                      AND record_type = 'person' AND reason = 'batch test read'""").param(id.toString())
                    .query(Long.class).single()).as("one read audited by each").isEqualTo(2);
        }
    }

    record Case(PersonDetails details, AccessGround ground, Address address) {
    }
}
