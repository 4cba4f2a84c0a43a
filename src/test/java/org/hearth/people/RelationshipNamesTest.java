package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A relationship recorded from her side names her only to those who may view her record: an agency involved with a
 * man only (a perpetrator programme) reads his partner as "name not shown", an agency involved with both reads her
 * name, and her own worker reads his name though holding no ground on him.
 */
@HearthIntegrationTest
class RelationshipNamesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private UUID person(String given, String family) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, family, UUID.randomUUID()).update();
        return id;
    }

    @Test
    void aPartnersNameShowsOnlyToAnAgencyThatMayViewHer() {
        String family = Fixtures.uniqueName("Partnerkept");
        UUID man = person("Rory", family);
        UUID partner = person("Nessa", family);
        // as a referral records it: from her side
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'INTIMATE_PARTNER')")
                .params(partner, man).update();
        Fixtures.TestUser provider = fixtures.enrolledUserAt(Fixtures.uniqueName("Programme Provider"),
                Role.PRACTITIONER);
        Fixtures.TestUser idva = fixtures.enrolledUserAt(Fixtures.uniqueName("Names IDVA"), Role.PRACTITIONER);
        fixtures.grant(man, provider.user().agency().value(), "RECORDED");
        fixtures.grant(man, idva.user().agency().value(), "RECORDED");
        fixtures.grant(partner, idva.user().agency().value(), "RECORDED");
        Fixtures.TestUser outreach = fixtures.enrolledUserAt(Fixtures.uniqueName("Names Outreach"), Role.PRACTITIONER);
        fixtures.grant(partner, outreach.user().agency().value(), "RECORDED");

        WebSession asProvider = new WebSession(port);
        asProvider.signIn(provider);
        String shown = asProvider.get("/people/" + man).html().getElementById("relationships").text();
        assertThat(shown).contains(Relationship.WITHHELD).doesNotContain("Nessa");

        WebSession asIdva = new WebSession(port);
        asIdva.signIn(idva);
        assertThat(asIdva.get("/people/" + man).html().getElementById("relationships").text())
                .contains("Nessa " + family).doesNotContain(Relationship.WITHHELD);

        // her worker, who holds no ground on him, reads the name of the man she named: her safety work needs it
        WebSession asOutreach = new WebSession(port);
        asOutreach.signIn(outreach);
        assertThat(asOutreach.get("/people/" + partner).html().getElementById("relationships").text())
                .contains("Rory " + family).doesNotContain(Relationship.WITHHELD);
    }
}
