package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "Referrals" links of a person's page: a referral shows only to someone who may open it (hub coordinators, the
 * referring agency, whoever may view its victim's record). An agency that reads the perpetrator's or the child's
 * record, and nothing of the victim's, is not told of a report about her (its reference, its date, that he is named).
 */
@HearthIntegrationTest
class ReferralLinksTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Links"), UUID.randomUUID()).update();
        return id;
    }

    /** Signed in once: a second-factor code is accepted once in its step. */
    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private static String links(WebSession web, UUID person) {
        WebSession.Page page = web.get("/people/" + person);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#person-details")).as("the full record, not the stub").isNotEmpty();
        return page.html().select("#person-links").text();
    }

    @Test
    void aReferralShowsOnAPerpetratorsOrChildsPageOnlyToThoseWhoMayOpenIt() {
        UUID victim = person("Vera");
        UUID perpetrator = person("Piers");
        UUID child = person("Cody");
        String referrer = Fixtures.uniqueName("Links Referrer ");
        UUID referral = UUID.randomUUID();
        String reference = "RL-" + referral.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                .params(referral, reference, fixtures.agency(referrer).id().value(), LocalDate.now().minusDays(3),
                        victim).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(referral, perpetrator)
                .update();
        jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)")
                .params(referral, child).update();

        // reads the perpetrator's and the child's records, not the victim's: nothing of her referral
        TestUser notInvolved = fixtures.enrolledUserAt(Fixtures.uniqueName("Links Stranger "), Role.PRACTITIONER);
        fixtures.grant(perpetrator, notInvolved.user().agency().value(), "RECORDED");
        fixtures.grant(child, notInvolved.user().agency().value(), "RECORDED");
        WebSession stranger = as(notInvolved);
        assertThat(links(stranger, perpetrator)).doesNotContain(reference);
        assertThat(links(stranger, child)).doesNotContain(reference);

        // may view the victim's record: sees it on each page
        TestUser involved = fixtures.enrolledUserAt(Fixtures.uniqueName("Links Involved "), Role.PRACTITIONER);
        for (UUID p : new UUID[] {victim, perpetrator, child}) {
            fixtures.grant(p, involved.user().agency().value(), "RECORDED");
        }
        WebSession reader = as(involved);
        assertThat(links(reader, victim)).contains(reference + ": victim");
        assertThat(links(reader, perpetrator)).contains(reference + ": causing harm");
        assertThat(links(reader, child)).contains(reference + ": child");

        // the referring agency sees its own referral, even where it may not view the victim
        TestUser referring = fixtures.enrolledUserAt(referrer, Role.PRACTITIONER);
        fixtures.grant(perpetrator, referring.user().agency().value(), "RECORDED");
        assertThat(links(as(referring), perpetrator)).contains(reference + ": causing harm");

        // hub coordinators see every referral
        assertThat(links(as(fixtures.enrolledUserAt(Fixtures.uniqueName("Links Hub "), Role.HUB_COORDINATOR)), child))
                .contains(reference + ": child");
    }
}
