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
 * A relationship names the other person only to those who may view that person's record: an agency involved with a
 * man only (a perpetrator programme) reads his partner as "name not shown", while an agency involved with both reads
 * her name. Her record stays the locked-down stub for the first.
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
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'INTIMATE_PARTNER')")
                .params(man, partner).update();
        Fixtures.TestUser provider = fixtures.enrolledUserAt(Fixtures.uniqueName("Programme Provider"),
                Role.PRACTITIONER);
        Fixtures.TestUser idva = fixtures.enrolledUserAt(Fixtures.uniqueName("Names IDVA"), Role.PRACTITIONER);
        fixtures.grant(man, provider.user().agency().value(), "RECORDED");
        fixtures.grant(man, idva.user().agency().value(), "RECORDED");
        fixtures.grant(partner, idva.user().agency().value(), "RECORDED");

        WebSession asProvider = new WebSession(port);
        asProvider.signIn(provider);
        String shown = asProvider.get("/people/" + man).html().getElementById("relationships").text();
        assertThat(shown).contains(Relationship.WITHHELD).doesNotContain("Nessa");

        WebSession asIdva = new WebSession(port);
        asIdva.signIn(idva);
        assertThat(asIdva.get("/people/" + man).html().getElementById("relationships").text())
                .contains("Nessa " + family).doesNotContain(Relationship.WITHHELD);
    }
}
