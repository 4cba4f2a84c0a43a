package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Comparing two records offers to keep the one with more history, whichever side it is on. */
@HearthIntegrationTest
class CompareSurvivorTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PersonMerges merges;

    @Test
    void theRecordWithMoreHistoryIsOfferedAsTheOneToKeep() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        String family = Fixtures.uniqueName("Compare");
        String thin = person(hub, "Maya", family, "1");
        String rich = person(hub, "Maya", family, "2");
        for (String postcode : List.of("NF1 1AA", "NF2 2BB")) {
            hub.open("/people/" + rich);
            Page added = hub.post("/people/" + rich + "/addresses", Map.of("line1", "1 Example Street", "postcode", postcode));
            assertThat(added.status()).isEqualTo(303);
        }
        merges.propose(new PersonId(java.util.UUID.fromString(thin)), new PersonId(java.util.UUID.fromString(rich)), 0.9,
                List.of("Date of birth: the same (+7.0)"));

        // the richer record on the right, then on the left: it is checked either way
        Document richRight = hub.get("/people/duplicates/" + thin + "/" + rich).html();
        assertThat(richRight.select("#survivor-right").hasAttr("checked")).isTrue();
        assertThat(richRight.select("#survivor-left").hasAttr("checked")).isFalse();
        assertThat(richRight.select("label[for=survivor-right]").text()).endsWith("the record with more history");
        Document richLeft = hub.get("/people/duplicates/" + rich + "/" + thin).html();
        assertThat(richLeft.select("#survivor-left").hasAttr("checked")).isTrue();
        assertThat(richLeft.select("#survivor-right").hasAttr("checked")).isFalse();
    }

    private static String person(WebSession web, String given, String family, String day) {
        web.open("/people/new");
        Map<String, String> form = new HashMap<>(Map.of("givenName", given, "familyName", family, "dateOfBirth.day", day,
                "dateOfBirth.month", "6", "dateOfBirth.year", "1991", "sex", "FEMALE", "disability", "NOT_KNOWN",
                "confirmedNew", "true"));
        Page page = web.post("/people/new", form);
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page.location().substring(page.location().lastIndexOf('/') + 1);
    }
}
