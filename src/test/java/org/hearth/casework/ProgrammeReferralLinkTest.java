package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
 * The page of a person causing harm links to the perpetrator programme referral form for those who may refer (a
 * casework role holding a real ground on him), and only for them: not on the victim's page, not for the disclosure
 * team (another role, refused the page even with a ground), not for an agency not involved that broke the glass to
 * read the record.
 */
@HearthIntegrationTest
class ProgrammeReferralLinkTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Linkperson"), UUID.randomUUID()).update();
        return id;
    }

    private static String link(UUID person) {
        return "#person-links a[href=/people/" + person + "/programme-referral]";
    }

    private static WebSession signedIn(int port, TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    @Test
    void theReferralLinkShowsOnlyToThoseWhoMayReferOnThePageOfAPersonCausingHarm() {
        TestUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Link Probation"), Role.PRACTITIONER);
        TestUser disclosure = fixtures.enrolledUserAt(Fixtures.uniqueName("Link Disclosure"), Role.DISCLOSURE_TEAM);
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Link Stranger"), Role.PRACTITIONER);
        UUID victim = person("Vera");
        UUID perpetrator = person("Pete");
        for (UUID p : new UUID[] {victim, perpetrator}) {
            fixtures.grant(p, referrer.user().agency().value(), "RECORDED");
            fixtures.grant(p, disclosure.user().agency().value(), "RECORDED");
        }
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, current_date, ?, 'GIVEN')""")
                .params(referral, "T-" + referral.toString().substring(0, 13), referrer.user().agency().value(),
                        victim).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)")
                .params(referral, perpetrator).update();

        // a practitioner of an involved agency: the link on his page, and it leads to the form
        WebSession web = signedIn(port, referrer);
        Page his = web.get("/people/" + perpetrator);
        assertThat(his.status()).isEqualTo(200);
        assertThat(his.html().select(link(perpetrator)).text()).isEqualTo("Refer to a perpetrator programme");
        assertThat(web.get("/people/" + perpetrator + "/programme-referral").status()).isEqualTo(200);
        // not on the victim's page: no referral names her as causing harm
        Page hers = web.get("/people/" + victim);
        assertThat(hers.status()).isEqualTo(200);
        assertThat(hers.html().select(link(victim))).isEmpty();

        // another role (the disclosure team, even with a ground on him) may not refer, nor open his page
        Page team = signedIn(port, disclosure).get("/people/" + perpetrator);
        assertThat(team.status()).isEqualTo(403);
        assertThat(team.html().select(link(perpetrator))).as("another role").isEmpty();

        // an agency not involved: the stub, then after breaking the glass the full record, never the link
        WebSession other = signedIn(port, stranger);
        assertThat(other.get("/people/" + perpetrator).html().select(link(perpetrator))).isEmpty();
        assertThat(other.post("/people/" + perpetrator + "/break-glass",
                Map.of("reason", "Police asked about his programme place today")).status()).isEqualTo(303);
        Page broken = other.get("/people/" + perpetrator);
        assertThat(broken.html().select("h1").text()).as("the full record, read through the glass").contains("Pete");
        assertThat(broken.html().select(link(perpetrator))).as("an agency not involved").isEmpty();
        assertThat(other.get("/people/" + perpetrator + "/programme-referral").status())
                .as("and the form refuses it").isEqualTo(403);
    }
}
