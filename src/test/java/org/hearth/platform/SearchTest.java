package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search box: a misspelt name finds the person; an agency that is not involved gets the locked-down view
 * (name and year of birth) and nothing by postcode; every search is audited by kind and ids, never the text.
 */
@HearthIntegrationTest
class SearchTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    WebSession involved;
    WebSession stranger;
    String family;
    String formerName;
    String id;

    @BeforeEach
    void aPersonKnownToOneAgency() {
        involved = new WebSession(port);
        involved.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        stranger = new WebSession(port);
        stranger.signIn(fixtures.enrolledUserAt("Eastvale Primary Care Network", Role.PRACTITIONER));
        family = Fixtures.uniqueName("Tarrant");
        involved.open("/people/new");
        formerName = Fixtures.uniqueName("Formerly");
        Map<String, String> form = new HashMap<>(Map.of("givenName", "Elizabeth", "familyName", family,
                "dateOfBirth.day", "14", "dateOfBirth.month", "3", "dateOfBirth.year", "1988", "postcode", "NF9 7QS",
                "sex", "FEMALE", "disability", "NOT_KNOWN", "confirmedNew", "true"));
        form.put("aliases", "Elizabeth " + formerName);
        Page made = involved.post("/people/new", form);
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        id = made.location().substring(made.location().lastIndexOf('/') + 1);
    }

    @Test
    void aMisspeltNameFindsThePersonAndAStrangerSeesOnlyTheStub() {
        // the surname spelt as heard (one r), and a nickname
        for (String typed : new String[] {"Elizabeth " + family.replace("Tarrant", "Tarant"), "Liz " + family}) {
            Page mine = involved.get("/search?q=" + typed.replace(" ", "+"));
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.html().select("#people-results a[href$=/people/" + id + "]")).as(typed).hasSize(1);
            assertThat(mine.html().select("#people-results").text()).contains("Born 14 March 1988")
                    .doesNotContain("Not involved");
        }

        Page theirs = stranger.get("/search?q=Elizabeth+" + family);
        assertThat(theirs.html().select("#people-results a[href$=/people/" + id + "]")).hasSize(1);
        assertThat(theirs.html().select("#people-results").text()).contains("Born 1988").contains("Not involved")
                .doesNotContain("14 March");
    }

    @Test
    void aStrangerNeverLinksAFormerNameToTheCurrentOneNorConfirmsADateOfBirth() {
        // the involved agency finds her by her former name
        assertThat(involved.get("/search?q=Elizabeth+" + formerName).html()
                .select("#people-results a[href$=/people/" + id + "]")).hasSize(1);
        // a stranger searching the name a perpetrator knows does not learn the name she goes by now
        Page byFormer = stranger.get("/search?q=Elizabeth+" + formerName);
        assertThat(byFormer.html().select("a[href$=/people/" + id + "]")).isEmpty();
        assertThat(byFormer.body()).doesNotContain(family);
        assertThat(stranger.get("/api/people?query=Elizabeth+" + formerName).body()).doesNotContain(id);
        // nor confirms her date of birth, alone or after her name
        assertThat(stranger.get("/search?q=14+March+1988").html().select("a[href$=/people/" + id + "]")).isEmpty();
        assertThat(stranger.get("/search?q=Elizabeth+" + family + "+14/3/1988").html()
                .select("a[href$=/people/" + id + "]")).isEmpty();
        assertThat(involved.get("/search?q=Elizabeth+" + family + "+14/3/1988").html()
                .select("a[href$=/people/" + id + "]")).hasSize(1);
    }

    @Test
    void aPostcodeFindsOnlyPeopleTheAgencyAlreadyWorksWith() {
        assertThat(involved.get("/search?q=nf97qs").html().select("#people-results a[href$=/people/" + id + "]"))
                .hasSize(1);
        Page theirs = stranger.get("/search?q=NF9+7QS");
        assertThat(theirs.html().select("a[href$=/people/" + id + "]")).as("would confirm where she lives").isEmpty();
        assertThat(theirs.html().select("#no-results")).hasSize(1);
    }

    @Test
    void searchesAreAuditedByKindAndIdsNeverTheText() {
        involved.get("/search?q=Elizabeth+" + family);
        involved.get("/search?q=14+March+1988");
        var entries = audit.search(new AuditQuery(null, AuditAction.SEARCH, "person", null, null, null), 0, 50);
        assertThat(entries).extracting(AuditEntry::reason).contains("search by name", "search by date of birth");
        assertThat(entries).filteredOn(e -> "search by name".equals(e.reason()))
                .anySatisfy(e -> assertThat(e.recordIds()).contains(id));
        // the reason names the kind of query; the record ids are ids (a random id may well contain "1988")
        assertThat(entries).allSatisfy(e -> {
            assertThat(String.valueOf(e.reason())).doesNotContain(family).doesNotContain("1988")
                    .doesNotContain("March");
            assertThat(e.recordIds()).allSatisfy(recordId -> assertThat(UUID.fromString(recordId)).isNotNull());
        });
    }

    @Test
    void aSurnameAloneFindsEveryoneOfItAsTheyAreNamedNow() {
        String surname = Fixtures.uniqueName("Penhallow");
        java.util.List<UUID> namesakes = new java.util.ArrayList<>();
        for (String given : new String[] {"Anna", "Morwenna", "Zoe"}) {
            UUID person = UUID.randomUUID();
            // written straight to the table and searched at once: found by the SQL, before the person index's next poll
            jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                    .params(person, given, surname, java.time.LocalDate.of(1990, 1, 2), UUID.randomUUID()).update();
            namesakes.add(person);
        }
        Page found = stranger.get("/search?q=" + surname);
        assertThat(found.status()).isEqualTo(200);
        for (UUID person : namesakes) {
            assertThat(found.html().select("#people-results a[href$=/people/" + person + "]")).as(person.toString())
                    .hasSize(1);
        }
        // need-to-know as ever: the stranger's agency is involved with none of them, so each is the stub
        assertThat(found.html().select("#people-results").text()).contains("Born 1990").doesNotContain("2 January");
    }

    @Test
    void theApiAnswersTheSameAndAnalystsGetNoSearch() {
        Page json = stranger.get("/api/people?query=Elizabeth+" + family);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":\"" + id + "\"").contains("\"restricted\":true")
                .contains("\"yearOfBirth\":1988").doesNotContain("1988-03-14");
        assertThat(involved.get("/api/people?query=Elizabeth+" + family).body()).contains("\"dateOfBirth\":\"1988-03-14\"");
        assertThat(involved.get("/api/people?query=+").status()).isEqualTo(400);

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/").html().select("#header-search")).isEmpty();
        assertThat(analyst.get("/search?q=" + family).status()).isEqualTo(403);
        assertThat(analyst.get("/api/people?query=" + family).status()).isEqualTo(403);
        assertThat(involved.get("/").html().select("#header-search")).hasSize(1);
    }
}
