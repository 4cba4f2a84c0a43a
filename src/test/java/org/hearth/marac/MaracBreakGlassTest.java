package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.people.PersonId;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A break-glass reading never tells of a victim's referrals to MARAC: an agency not otherwise involved that breaks
 * the glass on her reads the risk page's MARAC eligibility and the front-door referral's flags without the Repeat
 * criterion (which names the last referral's reference and date) and with a line saying why, the same line whether or
 * not she was ever referred; the referral to MARAC's page refuses it (403). A holder of a MARAC research grant, a
 * temporary ground, still sees all of it, as does an agency with a lasting grant.
 */
@HearthIntegrationTest
class MaracBreakGlassTest {

    private static final String WITHHELD = "Criteria that rest on other agencies' records, such as an earlier "
            + "referral to MARAC, are not shown when you read a record by breaking the glass.";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MaracReferrals referrals;
    @LocalServerPort
    int port;

    @Test
    void aBreakGlassReaderLearnsNothingOfAReferralToMaracAResearchGrantHolderDoes() {
        UUID victim = fixtures.person("Nadia", "Glass");
        UUID perpetrator = fixtures.person("Conrad", "Glass");
        TestUser outreach = fixtures.enrolledUserAt(Fixtures.uniqueName("Bg Outreach "), Role.PRACTITIONER);
        fixtures.grant(victim, outreach.user().agency().value(), "RECORDED");
        fixtures.grant(perpetrator, outreach.user().agency().value(), "RECORDED");

        // referred to MARAC 60 days ago, and a new incident with the same man 10 days ago: a repeat, naming the first
        UUID marac = UUID.randomUUID();
        String reference = "MB-" + marac.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, consent, repeat)
                VALUES (?, ?, ?, 'PERSON_PAGE', ?, 'Test referrer', ?, '{VISIBLE_HIGH_RISK}', 'Score 16', 'GIVEN', false)""")
                .params(marac, reference, victim, LocalDate.now().minusDays(60), outreach.user().agency().value())
                .update();
        jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                .params(marac, perpetrator).update();
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                .params(referral, "RB-" + referral.toString().substring(0, 8), outreach.user().agency().value(),
                        LocalDate.now().minusDays(10), victim).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)")
                .params(referral, perpetrator).update();
        // the hub referred her to MARAC: a decision that names MARAC on the front-door referral
        jdbc.sql("UPDATE referral SET triage_outcome = 'REFER_TO_MARAC', triage_reason = 'Hub: repeat, high risk', "
                + "triaged_at = now() WHERE id = ?").param(referral).update();
        jdbc.sql("INSERT INTO referral_triage_decision (referral_id, outcome) VALUES (?, 'REFER_TO_MARAC')")
                .param(referral).update();

        // an agency with a lasting grant sees the repeat and the referral it repeats
        WebSession worker = as(outreach);
        assertThat(worker.get("/people/" + victim + "/risk").html().select("#criterion-repeat").text())
                .as("the lasting grant's holder").contains(reference);

        // an agency not otherwise involved breaks the glass on her
        TestUser school = fixtures.enrolledUserAt(Fixtures.uniqueName("Bg Academy "), Role.PRACTITIONER);
        WebSession glass = as(school);
        glass.breakGlass(victim);

        Page risk = glass.get("/people/" + victim + "/risk");
        assertThat(risk.status()).as("the risk page reads under break-glass").isEqualTo(200);
        assertThat(risk.body()).doesNotContain(reference);
        assertThat(risk.html().select("#criterion-repeat")).as("no Repeat criterion").isEmpty();
        assertThat(risk.html().select("#marac-history-withheld").text()).isEqualTo(WITHHELD);

        Page api = glass.get("/api/people/" + victim + "/marac-eligibility");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).doesNotContain(reference).doesNotContain("REPEAT")
                .contains("\"maracHistoryWithheld\":true");

        Page frontDoor = glass.get("/referrals/" + referral);
        assertThat(frontDoor.status()).as("the front-door referral reads: she may view its victim").isEqualTo(200);
        assertThat(frontDoor.html().select("#flags")).as("the flags show").isNotEmpty();
        assertThat(frontDoor.body()).doesNotContain(reference);
        assertThat(frontDoor.html().select("#flag-repeat")).isEmpty();
        assertThat(frontDoor.html().select("#flags-withheld").text()).isEqualTo(WITHHELD);
        assertThat(frontDoor.html().select("#triage-outcome, #next").text()).as("the hub's decision, withheld")
                .doesNotContain("Refer to MARAC").doesNotContain("repeat, high risk").contains("Not shown");
        Page frontDoorApi = glass.get("/api/referrals/" + referral);
        assertThat(frontDoorApi.status()).isEqualTo(200);
        assertThat(frontDoorApi.body()).doesNotContain("REFER_TO_MARAC");
        assertThat(worker.get("/referrals/" + referral).html().select("#triage-outcome").text())
                .as("the referring agency sees the decision").contains("Refer to MARAC");

        assertThat(glass.get("/marac/referrals/" + marac).status()).as("the referral to MARAC's page refuses her")
                .isEqualTo(403);
        actingAs(school);
        assertThatThrownBy(() -> referrals.find(new MaracReferralId(marac))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.forVictim(new PersonId(victim))).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();

        // the same line on a victim never referred to MARAC: the line itself tells nothing
        UUID other = fixtures.person("Olwen", "Glass");
        fixtures.grant(other, outreach.user().agency().value(), "RECORDED");
        glass.breakGlass(other);
        Page neverReferred = glass.get("/people/" + other + "/risk");
        assertThat(neverReferred.html().select("#criterion-repeat")).isEmpty();
        assertThat(neverReferred.html().select("#marac-history-withheld").text()).isEqualTo(WITHHELD);
        assertThat(neverReferred.body()).doesNotContain("Not referred to MARAC before");

        // a MARAC research grant (a named representative's, temporary) still shows all of it
        TestUser researcher = fixtures.enrolledUserAt(Fixtures.uniqueName("Bg Research "), Role.PRACTITIONER);
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, expires_at)
                VALUES (?, ?, 'MARAC_RESEARCH', 'RECORD', ?, now() + interval '10 days')""")
                .params(UUID.randomUUID(), victim, researcher.user().id().value()).update();
        WebSession research = as(researcher);
        Page researched = research.get("/people/" + victim + "/risk");
        assertThat(researched.html().select("#criterion-repeat").text()).contains(reference);
        assertThat(researched.html().select("#marac-history-withheld")).isEmpty();
        assertThat(research.get("/api/people/" + victim + "/marac-eligibility").body()).contains(reference)
                .contains("\"maracHistoryWithheld\":false");
        Page researchersReferral = research.get("/referrals/" + referral);
        assertThat(researchersReferral.html().select("#flag-repeat").text()).contains(reference);
        assertThat(researchersReferral.html().select("#flags-withheld")).isEmpty();
        Page maracPage = research.get("/marac/referrals/" + marac);
        assertThat(maracPage.status()).isEqualTo(200);
        assertThat(maracPage.body()).contains(reference);
        actingAs(researcher);
        assertThat(referrals.find(new MaracReferralId(marac))).isPresent();
        assertThat(referrals.forVictim(new PersonId(victim))).extracting(MaracReferral::reference)
                .containsExactly(reference);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Calls the module's API as this user, as a request of theirs would. */
    private static void actingAs(TestUser user) {
        var u = user.user();
        var p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true, false, true,
                null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }


    /** Signed in once: a second-factor code is accepted once in its step. */
    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

}
