package org.hearth.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Finding the person a request is about, as the demo's people are recorded: a full record (other names, addresses,
 * a safe phone) is found by its exact full name and date of birth, at once and whatever namesakes Hearth holds; a
 * namesake with another date of birth never is; two people of the same name and date of birth give "more than one"
 * and no request, even when the officer's agency holds only one of them; an agency holding neither reads "nobody".
 */
@HearthIntegrationTest
class SubjectAccessFindingTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate BORN = LocalDate.of(1986, 10, 21);

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubjectAccess requests;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(StaffUser user) {
        StaffPrincipal principal = new StaffPrincipal(user.id(), user.username(), user.displayName(), user.agency(),
                user.roles(), true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** A person as the demo records one: sex, other names, a past and a current address, a safe phone. */
    private UUID fullRecord(String given, String family, LocalDate born, UUID agency) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) "
                + "VALUES (?, ?, ?, ?, 'FEMALE', ?)").params(id, given, family, born, UUID.randomUUID()).update();
        jdbc.sql("INSERT INTO person_alias (person_id, given_name, family_name) VALUES (?, ?, ?)")
                .params(id, "Dee", Fixtures.uniqueName("Maiden")).update();
        jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date, to_date) "
                + "VALUES (?, ?, '4 Old Lane', 'Northfield', 'NF3 1AA', ?, ?)")
                .params(UUID.randomUUID(), id, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 6, 30)).update();
        jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date, confidential) "
                + "VALUES (?, ?, '9 New Row', 'Northfield', 'NF4 2BB', ?, true)")
                .params(UUID.randomUUID(), id, LocalDate.of(2023, 7, 1)).update();
        jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, safe_phone, updated_by) "
                + "VALUES (?, true, '07700 900123', ?)")
                .params(id, UUID.randomUUID()).update();
        fixtures.grant(id, agency, "RECORDED");
        return id;
    }

    private NewRequest request(String given, String family, LocalDate born) {
        return new NewRequest(LocalDate.now(UK).minusDays(1), given + " " + family, RequesterRole.PERSON_AT_RISK,
                null, null, given, family, born);
    }

    private long requestsAbout(UUID person) {
        return jdbc.sql("SELECT count(*) FROM subject_access_request WHERE person_id = ?").param(person)
                .query(Long.class).single();
    }

    private TestUser officerOf(String agency) {
        return fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE);
    }

    @Test
    void aFullRecordIsFoundByItsExactNameAndDateOfBirthAndANamesakeWithAnotherBirthdayNever() {
        String agency = Fixtures.uniqueName("SAR Finding ");
        UUID agencyId = fixtures.agency(agency).id().value();
        String family = Fixtures.uniqueName("Sutcliffe");
        UUID donna = fullRecord("Donna", family, BORN, agencyId);
        UUID namesake = fullRecord("Donna", family, BORN.plusYears(7), agencyId);
        actAs(officerOf(agency).user());

        SubjectAccessRequest r = requests.open(request("Donna", family, BORN));
        assertThat(r.person().value()).isEqualTo(donna);
        assertThat(requestsAbout(namesake)).isZero();

        // a date of birth that is nobody's finds nobody, not the namesake
        assertThatThrownBy(() -> requests.open(request("Donna", family, BORN.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("givenName"))
                        .contains("Nobody of this name and date of birth"));
        assertThat(requestsAbout(namesake)).isZero();
    }

    @Test
    void twoPeopleOfTheSameNameAndDateOfBirthGiveMoreThanOneAndNoRequest() {
        String agency = Fixtures.uniqueName("SAR Finding ");
        UUID agencyId = fixtures.agency(agency).id().value();
        String other = Fixtures.uniqueName("SAR Elsewhere ");
        UUID otherId = fixtures.agency(other).id().value();
        String family = Fixtures.uniqueName("Davies");
        UUID first = fullRecord("Mohammed", family, BORN, agencyId);
        UUID second = fullRecord("Mohammed", family, BORN, otherId); // held by another agency only
        actAs(officerOf(agency).user());

        assertThatThrownBy(() -> requests.open(request("Mohammed", family, BORN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("givenName"))
                        .contains("More than one person"));
        assertThat(requestsAbout(first)).isZero();
        assertThat(requestsAbout(second)).isZero();

        // an agency that holds neither reads what "nobody" reads: never that Hearth knows two such people
        actAs(officerOf(Fixtures.uniqueName("SAR Stranger ")).user());
        assertThatThrownBy(() -> requests.open(request("Mohammed", family, BORN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("givenName"))
                        .contains("Nobody of this name and date of birth"));
    }
}
