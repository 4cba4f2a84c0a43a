package org.hearth.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.people.Address;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A move into refuge recorded on a refuge referral is written into the person's address history (an event heard by
 * people): "In refuge, via" the referring agency and the referral, never an address nor the provider (which housing
 * shows only to the referring worker and the provider; nor does the person page's list of agencies involved, or of
 * who can see the record, name the provider's agency, except to that agency); confidential, so a break-glass reader does not see it; an
 * agency not involved sees nothing; the move out ends it, and the home address the move in ended stays in the history.
 */
@HearthIntegrationTest
class RefugeStayHistoryTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Housing housing;
    @Autowired
    People people;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private int stays(UUID person, boolean ended) {
        return jdbc.sql("SELECT count(*) FROM person_address WHERE person_id = ? AND in_refuge AND refuge_stay_id "
                + "IS NOT NULL AND (to_date IS NOT NULL) = ?").params(person, ended).query(Integer.class).single();
    }

    @Test
    void theStayShowsToAnotherInvolvedAgencyWithoutAddressOrProviderAndToNoOneElse() {
        UUID person = UUID.randomUUID();
        String family = Fixtures.uniqueName("Refugee");
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Noor', ?, ?)")
                .params(person, family, UUID.randomUUID()).update();
        jdbc.sql("""
                INSERT INTO person_address (id, person_id, line1, town, postcode, from_date)
                VALUES (?, ?, '7 Tannery Walk', 'Leeds', 'LS7 3JB', ?)""")
                .params(UUID.randomUUID(), person, LocalDate.now().minusYears(2)).update();
        String referrerAgency = Fixtures.uniqueName("Stay IDVA ");
        String police = Fixtures.uniqueName("Stay Police ");
        fixtures.grant(person, fixtures.agency(referrerAgency).id().value(), "RECORDED");
        fixtures.grant(person, fixtures.agency(police).id().value(), "RECORDED");
        TestUser referrer = fixtures.enrolledUserAt(referrerAgency, Role.PRACTITIONER);
        TestUser officer = fixtures.enrolledUserAt(police, Role.PRACTITIONER);
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Stay Stranger "), Role.PRACTITIONER);
        String providerAgency = Fixtures.uniqueName("Stay Refuge ");
        TestUser worker = fixtures.enrolledUserAt(providerAgency, Role.PRACTITIONER);
        actAs(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user());
        RefugeProvider provider = housing.addProvider(new NewProvider(Fixtures.uniqueName("Lantern Refuge "), null,
                "Elsewhere County", fixtures.agency(providerAgency).id().value(), worker.user().id(), 10, 0, 0, 0));
        signOut();

        actAs(referrer.user());
        RefugeReferral r = housing.referToRefuge(new PersonId(person), new NewRefugeReferral(provider.id(), null,
                LocalDate.now().minusDays(10), 1, false, false, false, false, null, false));
        signOut();
        actAs(worker.user());
        housing.recordOutcome(r.id(), RefugeOutcome.ACCEPTED, null, null, false, LocalDate.now().minusDays(8));
        housing.recordMove(r.id(), LocalDate.now().minusDays(7), null);
        signOut();
        Eventually.waitFor(() -> stays(person, false) == 1, Duration.ofSeconds(20));

        // another agency involved with her: the stay, with whom to ask, and neither an address nor the provider
        actAs(officer.user());
        PersonRecord seen = people.record(new PersonId(person)).orElseThrow();
        Address stay = seen.addresses().stream().filter(Address::inRefuge).findFirst().orElseThrow();
        assertThat(stay.oneLine()).isEqualTo("In refuge, via " + referrerAgency + " (refuge referral "
                + r.reference() + ")").doesNotContain(provider.name()).doesNotContain("Elsewhere");
        // nor does the list of agencies involved, or of who can see the record, name the provider's agency
        assertThat(seen.agenciesInvolved()).contains(referrerAgency, police).doesNotContain(providerAgency);
        assertThat(stay.line1()).isNull();
        assertThat(stay.postcode()).isNull();
        assertThat(stay.confidential()).isTrue();
        assertThat(stay.from()).isEqualTo(LocalDate.now().minusDays(7));
        assertThat(stay.current()).isTrue();
        assertThat(seen.addresses()).filteredOn(a -> "7 Tannery Walk".equals(a.line1())).singleElement()
                .satisfies(home -> assertThat(home.to()).as("the move in ends the home address")
                        .isEqualTo(LocalDate.now().minusDays(7)));
        signOut();
        WebSession officerWeb = new WebSession(port);
        officerWeb.signIn(officer);
        assertThat(officerWeb.get("/people/" + person).body()).contains("In refuge, via")
                .doesNotContain(provider.name()).doesNotContain(providerAgency)
                .doesNotContain(worker.user().displayName());
        // the provider's own worker sees her agency and her grant
        WebSession workerWeb = new WebSession(port);
        workerWeb.signIn(worker);
        assertThat(workerWeb.get("/people/" + person).body()).contains(providerAgency);
        // the referral's page after the move in (its move form shows the day she moved in)
        WebSession.Page moved = workerWeb.get("/housing/refuge/" + r.id().value());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body()).contains("Record the move");

        // an agency not involved: the locked-down stub, no addresses at all; after breaking the glass, not the stay
        actAs(stranger.user());
        assertThat(people.record(new PersonId(person)).orElseThrow().addresses()).isEmpty();
        people.breakGlass(new PersonId(person), "Checking a welfare concern out of hours");
        PersonRecord glass = people.record(new PersonId(person)).orElseThrow();
        assertThat(glass.addresses()).noneMatch(Address::inRefuge);
        assertThat(glass.hiddenConfidentialAddresses()).isEqualTo(1);
        signOut();
        WebSession strangerWeb = new WebSession(port);
        strangerWeb.signIn(fixtures.enrolledUserAt(Fixtures.uniqueName("Stay Other "), Role.PRACTITIONER));
        assertThat(strangerWeb.get("/people/" + person).body()).doesNotContain("In refuge")
                .doesNotContain(r.reference());

        // the move out ends the stay; the one entry is updated, not repeated
        actAs(worker.user());
        housing.recordMove(r.id(), null, LocalDate.now().minusDays(1));
        signOut();
        Eventually.waitFor(() -> stays(person, true) == 1, Duration.ofSeconds(20));
        assertThat(stays(person, false)).isZero();
        assertThat(jdbc.sql("SELECT to_date FROM person_address WHERE refuge_stay_id = ?").param(r.id().value())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now().minusDays(1));
    }
}
