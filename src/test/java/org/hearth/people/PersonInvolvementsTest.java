package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServices;
import org.hearth.casework.ServiceKind;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The "Involvements" part of a person's page, fed by casework and marac through {@link PersonInvolvementSource}:
 * each case or referral to MARAC only to someone its own module lets read it. An agency holding a ground on the
 * person but not on the case, a break-glass reading, and on a perpetrator's page an agency with no ground on the
 * victim see none of it.
 */
@HearthIntegrationTest
class PersonInvolvementsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseShowsToItsWorkerAndManagerNotToAnotherAgencyWithAGroundNorAfterBreakingTheGlass() {
        String agency = Fixtures.uniqueName("Involved IDVA");
        TestUser manager = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Involved Referrer"), Role.PRACTITIONER);
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Involved Stranger"), Role.PRACTITIONER);
        var admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN).user();
        var p = new org.hearth.access.StaffPrincipal(admin.id(), admin.username(), admin.displayName(), admin.agency(),
                admin.roles(), true, false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        String serviceName = Fixtures.uniqueName("Involved service ");
        CaseService service = services.create(fixtures.agency(agency).id(), null, ServiceKind.IDVA, serviceName, 2,
                60, 80);
        services.setWorker(service.id(), manager.user().id(), BigDecimal.ONE, true);
        services.setWorker(service.id(), worker.user().id(), BigDecimal.ONE, false);
        signOut();
        UUID person = person("Rowan");
        fixtures.grant(person, referrer.user().agency().value(), "RECORDED");

        WebSession ref = new WebSession(port);
        ref.signIn(referrer);
        ref.get("/people/" + person + "/casework-referral");
        assertThat(ref.post("/people/" + person + "/casework-referral", Map.of("service", service.id().toString(),
                "reason", "Threats to kill")).status()).isEqualTo(303);
        UUID caseId = jdbc.sql("SELECT id FROM casework_case WHERE person_id = ?").param(person).query(UUID.class)
                .single();
        String reference = jdbc.sql("SELECT reference FROM casework_case WHERE id = ?").param(caseId)
                .query(String.class).single();
        WebSession mgr = new WebSession(port);
        mgr.signIn(manager);
        mgr.get("/casework/services/" + service.id());
        assertThat(mgr.post("/casework/cases/" + caseId + "/allocate",
                Map.of("worker", worker.user().id().toString())).status()).isEqualTo(303);
        assertThat(involvement(mgr.get("/people/" + person), reference)).as("the service's manager reads the case")
                .isNotNull();

        WebSession w = new WebSession(port);
        w.signIn(worker);
        Page mine = w.get("/people/" + person);
        Element link = involvement(mine, reference);
        assertThat(link).as("the worker reaches the case from the person").isNotNull();
        assertThat(link.attr("href")).isEqualTo("/casework/cases/" + caseId);
        assertThat(mine.html().select("#involvements").text()).contains("IDVA service case").contains("Open")
                .contains(serviceName + ", worker " + worker.user().displayName());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND record_type = 'person' AND ? = ANY(record_ids)
                  AND reason = 'casework: a person''s page'""").params(worker.user().id().value(), person.toString())
                .query(Long.class).single()).as("what casework adds is audited as its lists are").isEqualTo(1);

        Page referrersView = ref.get("/people/" + person);
        assertThat(referrersView.html().select("#person-details")).as("the referrer reads the full record")
                .isNotEmpty();
        assertThat(referrersView.html().select("#involvements").text())
                .as("a ground on the person is not a ground on the case").doesNotContain(reference);
        assertThat(referrersView.body()).doesNotContain("/casework/cases/" + caseId);

        WebSession str = new WebSession(port);
        str.signIn(stranger);
        str.get("/people/" + person);
        assertThat(str.post("/people/" + person + "/break-glass",
                Map.of("reason", "Called about a safeguarding concern today")).status()).isEqualTo(303);
        Page glass = str.get("/people/" + person);
        assertThat(glass.html().select("#person-details")).as("the glass broken, the record shows").isNotEmpty();
        assertThat(glass.html().select("#involvements").text()).as("breaking the glass opens no case")
                .doesNotContain(reference);
        assertThat(glass.body()).doesNotContain(reference).doesNotContain("/casework/cases/" + caseId);
    }

    @Test
    void aReferralToMaracShowsToThoseWhoMayViewItsVictimAndLinksTheMeetingCaseForItsChair() {
        TestUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR);
        TestUser chair = fixtures.enrolledUserAt(Fixtures.uniqueName("Involved Chair"), Role.PRACTITIONER);
        TestUser victimsWorker = fixtures.enrolledUserAt(Fixtures.uniqueName("Involved Outreach"), Role.PRACTITIONER);
        TestUser probation = fixtures.enrolledUserAt(Fixtures.uniqueName("Involved Probation"), Role.PRACTITIONER);
        UUID victim = person("Morgan");
        UUID perpetrator = person("Drew");
        fixtures.grant(victim, victimsWorker.user().agency().value(), "RECORDED");
        fixtures.grant(perpetrator, victimsWorker.user().agency().value(), "RECORDED");
        fixtures.grant(perpetrator, probation.user().agency().value(), "RECORDED");
        fixtures.grant(victim, chair.user().agency().value(), "RECORDED");

        UUID marac = UUID.randomUUID();
        String maracName = Fixtures.uniqueName("Involved MARAC");
        jdbc.sql("INSERT INTO marac (id, name, schedule, chair_id, coordinator_id) VALUES (?, ?, 'MONTHLY', ?, ?)")
                .params(marac, maracName, chair.user().id().value(), coordinator.user().id().value()).update();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on, published_at) VALUES (?, ?, ?, now())")
                .params(meeting, marac, java.time.LocalDate.now().plusDays(7)).update();
        UUID referral = UUID.randomUUID();
        String reference = "MR-" + referral.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, consent, repeat, meeting_id)
                VALUES (?, ?, ?, ?, 'PERSON_PAGE', current_date, 'Test referrer', ?, '{VISIBLE_HIGH_RISK}', 'Score 16',
                    'GIVEN', false, ?)""")
                .params(referral, reference, marac, victim, victimsWorker.user().agency().value(), meeting).update();
        jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                .params(referral, perpetrator).update();
        String caseHref = "/marac/meetings/" + meeting + "/cases/" + referral;

        WebSession worker = new WebSession(port);
        worker.signIn(victimsWorker);
        Page victimPage = worker.get("/people/" + victim);
        assertThat(victimPage.html().select("#involvements").text()).contains("Referral to MARAC").contains(reference)
                .contains(maracName).contains("Listed for the meeting on");
        assertThat(involvement(victimPage, reference).attr("href")).as("not the chair: the referral's own page")
                .isEqualTo("/marac/referrals/" + referral);
        assertThat(worker.get("/marac/referrals/" + referral).status()).as("which opens").isEqualTo(200);
        assertThat(worker.get("/people/" + perpetrator).html().select("#involvements").text())
                .as("on his page, for one who may view the victim").contains(reference)
                .contains("names them as causing harm");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND record_type = 'marac-referral'
                  AND ? = ANY(record_ids) AND reason = 'a person''s page'""")
                .params(victimsWorker.user().id().value(), referral.toString()).query(Long.class).single())
                .isEqualTo(2);

        WebSession prob = new WebSession(port);
        prob.signIn(probation);
        Page hisPage = prob.get("/people/" + perpetrator);
        assertThat(hisPage.html().select("#person-details")).as("probation reads his record").isNotEmpty();
        assertThat(hisPage.body()).as("a ground on him is no ground on the victim of the referral")
                .doesNotContain(reference);

        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Involved Stranger"), Role.PRACTITIONER);
        WebSession str = new WebSession(port);
        str.signIn(stranger);
        str.get("/people/" + victim);
        assertThat(str.post("/people/" + victim + "/break-glass",
                Map.of("reason", "Called about a safeguarding concern today")).status()).isEqualTo(303);
        Page glass = str.get("/people/" + victim);
        assertThat(glass.html().select("#person-details")).as("the glass broken, the record shows").isNotEmpty();
        assertThat(glass.body()).as("breaking the glass shows no MARAC referral, as the person's MARAC section")
                .doesNotContain(reference);

        WebSession ch = new WebSession(port);
        ch.signIn(chair);
        Element chairs = involvement(ch.get("/people/" + victim), reference);
        assertThat(chairs).as("the chair opens the case at the published meeting").isNotNull();
        assertThat(chairs.attr("href")).isEqualTo(caseHref);
        WebSession co = new WebSession(port);
        co.signIn(coordinator);
        Element coordinators = involvement(co.get("/people/" + victim), reference);
        assertThat(coordinators).isNotNull();
        assertThat(coordinators.attr("href")).isEqualTo(caseHref);
    }

    /** The link in the involvements table whose text is {@code reference}, or null. */
    private static Element involvement(Page page, String reference) {
        return page.html().select("#involvements a").stream().filter(a -> a.text().equals(reference)).findFirst()
                .orElse(null);
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Involved"), UUID.randomUUID()).update();
        return id;
    }
}
