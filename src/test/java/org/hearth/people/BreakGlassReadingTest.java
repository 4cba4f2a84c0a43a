package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person's page tells a reader who does not see everything:
 * <ul>
 * <li>a reader who does not see confidential addresses (a break-glass or a temporary grant's) reads one line saying
 * they are hidden, with no number, whether or not she has one;</li>
 * <li>a reader by break-glass alone reads a specialist or refuge agency holding a grant as "A specialist service", in
 * "Who can see this record and why" and in the agencies involved, as the stub names it, and not who approved its
 * grant; the statutory agencies by name.</li>
 * </ul>
 */
@HearthIntegrationTest
class BreakGlassReadingTest {

    private static final String HIDDEN = "Confidential addresses are hidden: they show only to agencies involved with "
            + "this person.";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void confidentialAddressesAreSaidToBeHiddenWithoutANumberWhetherOrNotThereAreAny() {
        TestUser outreach = fixtures.enrolledUserAt(Fixtures.uniqueName("Rg Outreach "), Role.PRACTITIONER);
        UUID secret = fixtures.person("Selma", "Reading");
        UUID none = fixtures.person("Nora", "Reading");
        for (UUID p : new UUID[] {secret, none}) {
            fixtures.grant(p, outreach.user().agency().value(), "RECORDED");
        }
        String street = Fixtures.uniqueName("Larch Row ");
        for (int i = 0; i < 2; i++) {
            jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date, confidential) "
                    + "VALUES (?, ?, ?, 'Northfield', 'NF1 2AB', ?, true)")
                    .params(UUID.randomUUID(), secret, i + " " + street, LocalDate.of(2025, 1, 1 + i)).update();
        }

        Page grounded = as(outreach).get("/people/" + secret);
        assertThat(grounded.body()).as("a lasting grant shows them").contains(street);
        assertThat(grounded.html().select("#hidden-addresses")).isEmpty();

        WebSession glass = as(fixtures.enrolledUserAt(Fixtures.uniqueName("Rg Academy "), Role.PRACTITIONER));
        Page two = glass.breakGlass(secret);
        Page zero = glass.breakGlass(none);
        assertThat(two.body()).doesNotContain(street);
        assertThat(two.html().select("#hidden-addresses").text()).isEqualTo(HIDDEN);
        assertThat(zero.html().select("#hidden-addresses").text()).as("the same line where there is none")
                .isEqualTo(HIDDEN);
        assertThat(zero.body()).doesNotContain("No address recorded");

        TestUser researcher = fixtures.enrolledUserAt(Fixtures.uniqueName("Rg Research "), Role.PRACTITIONER);
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, expires_at)
                VALUES (?, ?, 'MARAC_RESEARCH', 'RECORD', ?, now() + interval '10 days')""")
                .params(UUID.randomUUID(), secret, researcher.user().id().value()).update();
        Page temporary = as(researcher).get("/people/" + secret);
        assertThat(temporary.body()).doesNotContain(street);
        assertThat(temporary.html().select("#hidden-addresses").text()).as("a temporary grant too").isEqualTo(HIDDEN);
    }

    @Test
    void aBreakGlassReaderReadsASpecialistServiceUnnamed() {
        String refugeName = Fixtures.uniqueName("Rg Haven Refuge ");
        TestUser refuge = fixtures.enrolledUserAt(refugeName, Role.PRACTITIONER);
        String police = Fixtures.uniqueName("Rg Police ");
        UUID victim = fixtures.person("Greta", "Reading");
        // the refuge's grant rests on a casework case, not on a refuge referral: nothing else hides it
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, approved_by, basis_kind, basis_id)
                VALUES (?, ?, 'ALLOCATED', 'RECORD', ?, ?, 'casework-case', ?)""")
                .params(UUID.randomUUID(), victim, refuge.user().agency().value(), refuge.user().id().value(),
                        UUID.randomUUID().toString()).update();
        fixtures.grant(victim, fixtures.agency(police).id().value(), "REFERRER");

        Page own = as(refuge).get("/people/" + victim);
        assertThat(own.html().select("#grants").text()).as("its holder reads its name").contains(refugeName)
                .contains(refuge.user().displayName());

        WebSession glass = as(fixtures.enrolledUserAt(Fixtures.uniqueName("Rg Academy "), Role.PRACTITIONER));
        Page read = glass.breakGlass(victim);
        assertThat(read.body()).doesNotContain(refugeName).doesNotContain(refuge.user().displayName());
        assertThat(read.html().select("#grants").text()).contains("A specialist service").contains(police);
        assertThat(read.html().select("#person-details").text()).contains("A specialist service").contains(police);

        WebSession hub = as(fixtures.enrolledUserAt(Fixtures.uniqueName("Rg Hub "), Role.HUB_COORDINATOR));
        assertThat(hub.get("/people/" + victim).html().select("#grants").text()).as("the hub reads every name")
                .contains(refugeName);
    }


    /** Signed in once: a second-factor code is accepted once in its step. */
    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

}
