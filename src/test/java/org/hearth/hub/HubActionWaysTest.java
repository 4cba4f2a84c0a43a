package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.hub.HubMeetings.NewAction;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The way from a hub action to its case: on "Hub actions for your agency" and in My work, the reference links to the
 * referral, and a second link to the victim's record, only once the owner agency may view the victim's record; before
 * that the reference is plain text and My work's row opens the agency's list. The second link says "and safe contact"
 * only to a reader the person page shows the safe number to (a safe-contact grant of their own): not on a break-glass
 * reading, nor on the agency's grant.
 */
@HearthIntegrationTest
class HubActionWaysTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    HubMeetings hub;
    @Autowired
    WorkingDays workingDays;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anActionLinksToItsReferralAndVictimOnlyForAnOwnerAgencyThatMayViewTheVictim() {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Ada', ?, ?)")
                .params(victim, Fixtures.uniqueName("HubWays"), UUID.randomUUID()).update();
        fixtures.agency("Test Agency"); // the partnership set up
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Hub Ways Area"), 100000).id();
        LocalDate day = workingDays.nextWorkingDay(LocalDate.now(Dates.UK));
        UUID referral = UUID.randomUUID();
        String reference = "HW-" + referral.toString().substring(0, 13);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, area_id, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', ?, 'HIGH', 16)""")
                .params(referral, reference, fixtures.agency("Hub Referrer").id().value(), hub.windowFrom(day),
                        hub.windowFrom(day), victim, area.value()).update();
        StaffUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR).user();
        TestUser owner = fixtures.enrolledUserAt(Fixtures.uniqueName("Hub Ways Housing"), Role.PRACTITIONER);
        actAs(coordinator);
        Meeting m = hub.open(area, day);
        AgendaCase c = hub.agenda(m.id()).stream().filter(x -> x.referral().value().equals(referral)).findFirst()
                .orElseThrow();
        HubActionId action = hub.addAction(c.id(), new NewAction(ActionSubject.VICTIM, "Contact by the safe route",
                owner.user().agency(), Instant.now().plus(3, ChronoUnit.DAYS)));
        signOut();
        // overdue, so that My work lists it too
        jdbc.sql("UPDATE hub_action SET due_at = now() - interval '1 hour' WHERE id = ?").param(action.value())
                .update();

        WebSession s = new WebSession(port);
        s.signIn(owner);
        Page plain = s.get("/hub/actions");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.html().select("#actions").text()).contains(reference).contains("Contact by the safe route");
        assertThat(plain.html().select("#actions a")).as("no ground on the victim: the reference as text").isEmpty();
        assertThat(plain.body()).doesNotContain("/referrals/" + referral).doesNotContain("/people/" + victim);
        assertThat(s.get("/").html().select("a").stream().filter(a -> a.text().equals(reference))
                .map(a -> a.attr("href")).toList()).as("My work opens the agency's list")
                .containsExactly("/hub/actions");

        // a break-glass reading shows the record, not the safe number and address: the link says so
        jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, safe_phone, updated_by) VALUES (?, true, ?, ?)")
                .params(victim, "07700 900123", UUID.randomUUID()).update();
        assertThat(s.post("/people/" + victim + "/break-glass", java.util.Map.of("reason",
                "Hub action due, checking her record")).status()).isEqualTo(303);
        Page glass = s.get("/hub/actions");
        assertThat(glass.html().select("#actions a").eachAttr("href"))
                .containsExactly("/referrals/" + referral, "/people/" + victim);
        assertThat(glass.html().select("#actions a").get(1).text()).isEqualTo("Victim’s record: " + reference);
        assertThat(s.get("/people/" + victim).html().select("#safe-phone")).as("as the person page shows it")
                .isEmpty();

        fixtures.grant(victim, owner.user().agency().value(), "RECORDED");
        Page linked = s.get("/hub/actions");
        assertThat(linked.html().select("#actions a").eachAttr("href"))
                .containsExactly("/referrals/" + referral, "/people/" + victim);
        assertThat(linked.html().select("#actions a").first().text()).isEqualTo(reference);
        assertThat(linked.html().select("#actions a").get(1).text()).as("the agency's grant: the record only")
                .isEqualTo("Victim’s record: " + reference);

        // allocated, with safe contact: the person page shows the safe number, and the link says so
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id)
                VALUES (?, ?, 'ALLOCATED', 'SAFE_CONTACT', ?)""")
                .params(UUID.randomUUID(), victim, owner.user().id().value()).update();
        assertThat(s.get("/people/" + victim).html().select("#safe-phone").text()).isEqualTo("07700 900123");
        assertThat(s.get("/hub/actions").html().select("#actions a").get(1).text())
                .isEqualTo("Victim’s record and safe contact: " + reference);
        assertThat(s.get("/referrals/" + referral).status()).as("the referral opens for them").isEqualTo(200);
        assertThat(s.get("/").html().select("a").stream().filter(a -> a.text().equals(reference))
                .map(a -> a.attr("href")).toList()).containsExactly("/referrals/" + referral);
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }
}
