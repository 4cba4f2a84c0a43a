package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a merge the person has one current address, the other in the history; the same address given twice is
 * kept once; an unmerge puts back every address row exactly as it was.
 */
@HearthIntegrationTest
class MergeAddressTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PersonMerges merges;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneCurrentAddressAfterAMergeAndEveryRowBackAfterTheUnmerge() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        String family = Fixtures.uniqueName("Moved");
        String survivor = person(hub, family, "NF1 1AA");
        String merged = person(hub, family, "NF2 2BB");
        // the same address recorded on both: kept once
        for (String id : List.of(survivor, merged)) {
            hub.open("/people/" + id);
            assertThat(hub.post("/people/" + id + "/addresses", Map.of("line1", "9 Shared Road", "postcode", "NF3 3CC"))
                    .status()).isEqualTo(303);
        }
        List<Map<String, Object>> before = addresses(survivor, merged);
        merges.propose(new PersonId(UUID.fromString(survivor)), new PersonId(UUID.fromString(merged)), 0.9, List.of());

        hub.open("/people/duplicates/" + survivor + "/" + merged);
        Page done = hub.post("/people/duplicates/" + survivor + "/" + merged + "/merge",
                Map.of("survivor", survivor, "reason", "Same woman, recorded twice"));
        assertThat(done.status()).as(done.body()).isEqualTo(303);

        List<Map<String, Object>> after = jdbc.sql("SELECT * FROM person_address WHERE person_id = ?")
                .param(UUID.fromString(survivor)).query().listOfRows();
        assertThat(after.stream().filter(a -> a.get("to_date") == null).toList()).as("current addresses").hasSize(1);
        assertThat(after.stream().filter(a -> "NF3 3CC".equals(a.get("postcode"))).toList()).as("the shared one, once")
                .hasSize(1);
        assertThat(after).as("two earlier addresses and the shared one").hasSize(3);
        assertThat(hub.get("/people/" + survivor).html().select("#addresses, .hearth-addresses, table").text())
                .contains("NF1 1AA").contains("NF2 2BB");

        UUID mergeId = merges.mergesOf(new PersonId(UUID.fromString(survivor))).get(0).id().value();
        hub.open("/people/merges/" + mergeId);
        Page undone = hub.post("/people/merges/" + mergeId + "/unmerge", Map.of("reason", "Two different women"));
        assertThat(undone.status()).as(undone.body()).isEqualTo(303);
        assertThat(addresses(survivor, merged)).isEqualTo(before);
    }

    @Test
    void twoDifferentCurrentAddressesBecomeOneCurrentAndOneInTheHistory() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        String family = Fixtures.uniqueName("Moved");
        String survivor = person(hub, family, "NF4 4DD");
        String merged = person(hub, family, "NF5 5EE");
        List<Map<String, Object>> before = addresses(survivor, merged);
        assertThat(before.stream().filter(a -> a.get("to_date") == null).toList()).hasSize(2);
        merges.propose(new PersonId(UUID.fromString(survivor)), new PersonId(UUID.fromString(merged)), 0.9, List.of());
        hub.open("/people/duplicates/" + survivor + "/" + merged);
        assertThat(hub.post("/people/duplicates/" + survivor + "/" + merged + "/merge",
                Map.of("survivor", survivor, "reason", "Same woman, recorded twice")).status()).isEqualTo(303);

        List<Map<String, Object>> after = jdbc.sql("SELECT * FROM person_address WHERE person_id = ?")
                .param(UUID.fromString(survivor)).query().listOfRows();
        assertThat(after).hasSize(2);
        assertThat(after.stream().filter(a -> a.get("to_date") == null).toList()).as("one current").hasSize(1);
        assertThat(after.stream().filter(a -> a.get("to_date") != null).toList()).as("one in the history").hasSize(1);

        UUID mergeId = merges.mergesOf(new PersonId(UUID.fromString(survivor))).get(0).id().value();
        hub.open("/people/merges/" + mergeId);
        assertThat(hub.post("/people/merges/" + mergeId + "/unmerge", Map.of("reason", "Two different women")).status())
                .isEqualTo(303);
        assertThat(addresses(survivor, merged)).isEqualTo(before);
    }

    private List<Map<String, Object>> addresses(String a, String b) {
        return jdbc.sql("SELECT * FROM person_address WHERE person_id IN (?, ?) ORDER BY id")
                .params(UUID.fromString(a), UUID.fromString(b)).query().listOfRows();
    }

    private static String person(WebSession web, String family, String postcode) {
        web.open("/people/new");
        Map<String, String> form = new HashMap<>(Map.of("givenName", "Nell", "familyName", family, "dateOfBirth.day", "3",
                "dateOfBirth.month", "3", "dateOfBirth.year", "1993", "postcode", postcode, "sex", "FEMALE",
                "disability", "NOT_KNOWN", "confirmedNew", "true"));
        Page page = web.post("/people/new", form);
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page.location().substring(page.location().lastIndexOf('/') + 1);
    }
}
