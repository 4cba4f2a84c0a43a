package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
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
 * Merge and unmerge, end to end through the API and pages: a merge carries every row of the merged record to the
 * survivor (flags then count the resolved identity), an unmerge restores every row of every involved table exactly,
 * conflicting confirmed dates of birth refuse a merge unless forced with a reason, decisions are audited, and
 * nobody but a hub coordinator sees a candidate's details.
 */
@HearthIntegrationTest
class PersonMergeTest {

    private static final UUID RIC = UUID.fromString("6f1d2c1e-0d7a-4c59-9a51-1c1a5e0a0001");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonMerges merges;

    /** Every table holding rows about a person, with the condition naming the persons in {@code :ids}. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("person", "id IN (:ids)"),
            Map.entry("person_alias", "person_id IN (:ids)"),
            Map.entry("person_address", "person_id IN (:ids)"),
            Map.entry("safe_contact", "person_id IN (:ids)"),
            Map.entry("person_relationship", "person_id IN (:ids) OR related_id IN (:ids)"),
            Map.entry("person_access_grant", "person_id IN (:ids)"),
            Map.entry("allocation_request", "person_id IN (:ids)"),
            Map.entry("break_glass", "person_id IN (:ids)"),
            Map.entry("referral", "victim_id IN (:ids)"),
            Map.entry("referral_perpetrator", "person_id IN (:ids)"),
            Map.entry("referral_child", "person_id IN (:ids)"),
            Map.entry("referral_link_check", "person_id IN (:ids)"),
            Map.entry("referral_possible_match", "person_id IN (:ids) OR candidate_id IN (:ids)"),
            Map.entry("risk_assessment", "person_id IN (:ids)"));

    /** Every row of every involved table, as JSON text, sorted: equal snapshots mean equal rows. */
    private Map<String, List<String>> snapshot(UUID... ids) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        TABLES.forEach((table, where) -> out.put(table, jdbc.sql("SELECT CAST(to_jsonb(t) AS text) FROM " + table
                + " t WHERE " + where + " ORDER BY 1").param("ids", List.of(ids)).query(String.class).list()));
        return out;
    }

    private record Household(UUID a, UUID b, UUID perpA, UUID perpB, UUID refA, UUID refB, UUID agency, UUID user) {
    }

    /**
     * Two records of one victim (each with a referral, its own perpetrator, address, alias, safe-contact rules and
     * an involvement; B also with an assessment, a child and a relationship to A), synthetic.
     */
    private Household household(TestUser hub, LocalDate dobA, LocalDate dobB) {
        String family = Fixtures.uniqueName("Merge");
        UUID agency = hub.user().agency().value();
        UUID by = hub.user().id().value();
        UUID a = person("Imogen", family, dobA, by);
        UUID b = person("Imogen", family, dobB, by);
        UUID perpA = person("Victor", "Quayle" + family, null, by);
        UUID perpB = person("Vic", "Quayle" + family, null, by);
        UUID child = person("Hal", family, LocalDate.now().minusYears(6), by);
        UUID other = fixtures.agency("Northfield Housing Options").id().value();
        for (UUID p : List.of(a, b)) {
            fixtures.grant(p, agency, "REFERRER");
            jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date) VALUES (?, ?, ?, 'Northfield', 'NF1 2AB', ?)")
                    .params(UUID.randomUUID(), p, p.equals(a) ? "1 Elm Row" : "9 Oak Lane", LocalDate.now().minusYears(1)).update();
            jdbc.sql("INSERT INTO person_alias (person_id, given_name, family_name) VALUES (?, 'Immy', ?)").params(p, family).update();
            jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, text_ok, safe_times, updated_by) VALUES (?, ?, true, ?, ?)")
                    .params(p, p.equals(a), p.equals(a) ? "Mornings" : "Evenings", by).update();
        }
        fixtures.grant(b, other, "RECORDED");
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'INTIMATE_PARTNER')").params(b, perpB).update();
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'HOUSEHOLD_MEMBER')").params(a, b).update();
        for (UUID p : List.of(a, b)) {
            jdbc.sql("INSERT INTO person_access_grant (id, person_id, ground, scope, user_id) VALUES (?, ?, 'ALLOCATED', 'SAFE_CONTACT', ?)")
                    .params(UUID.randomUUID(), p, by).update();
        }
        // a worker waiting for a coordinator's decision on each record, and a link waiting for the hub
        UUID requester = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER).user().id().value();
        UUID school = fixtures.agency("Kingsmoor Academy Trust").id().value();
        for (UUID p : List.of(a, b)) {
            jdbc.sql("INSERT INTO allocation_request (id, person_id, user_id, agency_id) VALUES (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), p, requester, school).update();
        }
        UUID refA = referral(a, perpA, agency, LocalDate.now().minusDays(40));
        UUID refB = referral(b, perpB, agency, LocalDate.now().minusDays(3));
        jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, true)").params(refB, child).update();
        jdbc.sql("INSERT INTO referral_link_check (referral_id, person_id) VALUES (?, ?)").params(refB, b).update();
        jdbc.sql("INSERT INTO referral_possible_match (referral_id, person_id, candidate_id, score, reasons) VALUES (?, ?, ?, 0.9, '{x}')")
                .params(refB, b, a).update();
        jdbc.sql("""
                INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on, referral_id,
                    score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                VALUES (?, ?, ?, ?, ?, current_date, ?, 6, 14, false, 'STANDARD', 'STANDARD')""")
                .params(UUID.randomUUID(), b, RIC, by, agency, refB).update();
        return new Household(a, b, perpA, perpB, refA, refB, agency, by);
    }

    private UUID person(String given, String family, LocalDate dob, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) VALUES (?, ?, ?, ?, 'FEMALE', ?)")
                .params(id, given, family, dob, by).update();
        return id;
    }

    private UUID referral(UUID victim, UUID perpetrator, UUID agency, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                .params(id, "T-" + id.toString().substring(0, 13), agency, on, victim).update();
        jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(id, perpetrator).update();
        return id;
    }

    private WebSession hub(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private static Page postJson(WebSession web, String path, String json) {
        String token = web.get("/account").csrf();
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String mergeId(Page created) {
        return created.body().replaceAll(".*\"mergeId\":\"([0-9a-f-]+)\".*", "$1");
    }

    /** Every undecided pair, through the API's pages. */
    private static String allPairs(WebSession web) {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page < 500; page++) {
            String body = web.get("/api/people/possible-duplicates?size=200&page=" + page).body();
            if (body.contains("\"items\":[]")) {
                break;
            }
            all.append(body);
        }
        return all.toString();
    }

    private String flags(WebSession web, UUID person) {
        var flags = web.open("/people/" + person).html().selectFirst("#person-flags");
        return flags == null ? "" : flags.text();
    }

    @Test
    void mergeThenUnmergeRestoresEveryRecordExactly() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        Household h = household(coordinator, LocalDate.of(1991, 4, 9), LocalDate.of(1991, 9, 4));
        UUID[] all = {h.a(), h.b(), h.perpA(), h.perpB()};
        Map<String, List<String>> before = snapshot(all);
        WebSession web = hub(coordinator);
        assertThat(flags(web, h.a())).doesNotContain("Repeat victim");

        Page created = postJson(web, "/api/people/" + h.a() + "/merge",
                "{\"mergedId\": \"" + h.b() + "\", \"reason\": \"Same woman: day and month swapped by the police system\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String merge = mergeId(created);

        // the survivor holds everything of both; the merged record is a tombstone that redirects
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE victim_id = ?").param(h.a()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM risk_assessment WHERE person_id = ?").param(h.a()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM person_address WHERE person_id = ?").param(h.a()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(DISTINCT agency_id) FROM person_access_grant WHERE person_id = ?").param(h.a()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM person_relationship WHERE person_id = ? AND related_id = ?").params(h.a(), h.perpB()).query(Integer.class).single()).isEqualTo(1);
        TABLES.forEach((table, where) -> {
            if (!table.equals("person")) {
                assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where).param("ids", List.of(h.b()))
                        .query(Integer.class).single()).as(table + " rows left on the merged record").isZero();
            }
        });
        assertThat(jdbc.sql("SELECT merged_into FROM person WHERE id = ?").param(h.b()).query(UUID.class).single()).isEqualTo(h.a());
        Page tombstone = web.get("/people/" + h.b());
        assertThat(tombstone.status()).isEqualTo(302);
        assertThat(tombstone.location()).endsWith("/people/" + h.a());
        Page survivor = web.open("/people/" + h.b());
        assertThat(survivor.html().selectFirst("#merged-note").text()).contains("merged into this one");
        assertThat(survivor.html().selectFirst("#person-flags").text()).contains("Repeat victim");
        assertThat(survivor.html().selectFirst("#merge-history").text()).contains("merged into");
        assertThat(audit.search(new AuditQuery(null, null, "person", h.b().toString(), null, null), 0, 20))
                .anySatisfy(e -> assertThat(e.reason()).contains("merged " + h.b() + " into " + h.a())
                        .contains("day and month swapped"));

        Page undone = postJson(web, "/api/people/merges/" + merge + "/unmerge", "{\"reason\": \"Checked with the IDVA: two women\"}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(204);
        assertThat(snapshot(all)).isEqualTo(before);
        assertThat(flags(web, h.a())).doesNotContain("Repeat victim");
        assertThat(postJson(web, "/api/people/merges/" + merge + "/unmerge", "{\"reason\": \"again\"}").status()).isEqualTo(409);
        assertThat(audit.search(new AuditQuery(null, null, "person", merge, null, null), 0, 20))
                .anySatisfy(e -> assertThat(e.reason()).contains("unmerged").contains("two women"));
    }

    @Test
    void aPerpetratorMergedFromTwoRecordsWithDifferentVictimsBecomesSerial() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        Household h = household(coordinator, LocalDate.of(1980, 1, 2), LocalDate.of(1985, 6, 7));
        WebSession web = hub(coordinator);
        fixtures.grant(h.perpA(), h.agency(), "REFERRER");
        assertThat(flags(web, h.perpA())).doesNotContain("Serial perpetrator");
        Map<String, List<String>> before = snapshot(h.perpA(), h.perpB(), h.a(), h.b());

        Page created = postJson(web, "/api/people/" + h.perpA() + "/merge",
                "{\"mergedId\": \"" + h.perpB() + "\", \"reason\": \"Vic is Victor: same man\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(flags(web, h.perpA())).contains("Serial perpetrator");

        postJson(web, "/api/people/merges/" + mergeId(created) + "/unmerge", "{\"reason\": \"Wrong man\"}");
        assertThat(snapshot(h.perpA(), h.perpB(), h.a(), h.b())).isEqualTo(before);
        assertThat(flags(web, h.perpA())).doesNotContain("Serial perpetrator");
    }

    @Test
    void conflictingConfirmedDatesOfBirthRefuseAMergeUnlessForcedWithAReason() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        Household h = household(coordinator, LocalDate.of(1990, 3, 1), LocalDate.of(1992, 3, 1));
        jdbc.sql("UPDATE person SET date_of_birth_confirmed = true WHERE id IN (?, ?)").params(h.a(), h.b()).update();
        Map<String, List<String>> before = snapshot(h.a(), h.b());
        WebSession web = hub(coordinator);

        Page refused = postJson(web, "/api/people/" + h.a() + "/merge",
                "{\"mergedId\": \"" + h.b() + "\", \"reason\": \"Looks like her\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("confirmed date of birth").contains("conflicts");
        assertThat(snapshot(h.a(), h.b())).as("nothing written").isEqualTo(before);

        Page noReason = postJson(web, "/api/people/" + h.a() + "/merge",
                "{\"mergedId\": \"" + h.b() + "\", \"reason\": \"Looks like her\", \"force\": true}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("forceReason");

        // the page says the same, with a 409 and an error summary
        web.open("/people/duplicates/" + h.a() + "/" + h.b());
        Page page = web.post("/people/duplicates/" + h.a() + "/" + h.b() + "/merge",
                Map.of("survivor", h.a().toString(), "reason", "Looks like her"));
        assertThat(page.status()).isEqualTo(409);
        assertThat(page.errorSummary()).contains("conflicting confirmed identities");

        Page forced = postJson(web, "/api/people/" + h.a() + "/merge", "{\"mergedId\": \"" + h.b()
                + "\", \"reason\": \"Same woman\", \"force\": true, \"forceReason\": \"Passport shows the 1992 date was a typing error\"}");
        assertThat(forced.status()).as(forced.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT forced AND force_reason LIKE 'Passport%' FROM person_merge WHERE id = ?::uuid")
                .param(mergeId(forced)).query(Boolean.class).single()).isTrue();
        assertThat(postJson(web, "/api/people/" + h.a() + "/merge",
                "{\"mergedId\": \"" + h.b() + "\", \"reason\": \"again\"}").status()).as("already merged").isEqualTo(409);
    }

    @Test
    void theLastSearchOfTheRegisterWritesItsCountsWithThousandsSeparators() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        long run = jdbc.sql("""
                INSERT INTO person_duplicate_run (status, finished_at, persons, pairs)
                VALUES ('DONE', now(), 13598, 1204) RETURNING id""").query(Long.class).single();
        try {
            Page list = hub(coordinator).open("/people/duplicates");
            assertThat(list.html().select("#last-run").text()).contains("13,598 records, 1,204 pairs.");
        } finally {
            jdbc.sql("DELETE FROM person_duplicate_run WHERE id = ?").param(run).update();
        }
    }

    @Test
    void theWorkListOffersPairsHighestFirstAndNotTheSameIsNeverOfferedAgain() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        Household h = household(coordinator, LocalDate.of(1991, 4, 9), LocalDate.of(1991, 9, 4));
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, found_at)
                VALUES (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), 1, '{"Family name: the same (+9.0)"}', 'BATCH',
                        '2000-01-01')""")
                .params(h.a(), h.b(), h.a(), h.b()).update();
        WebSession web = hub(coordinator);
        Page list = web.open("/people/duplicates");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#duplicates tbody tr").text()).contains("Imogen")
                .as("a band in words, not a percentage; day and month swapped is no conflict").contains("Very likely")
                .doesNotContain("%").as("a weight stored by an older version is not shown").doesNotContain("+9.0");
        Page api = web.get("/api/people/possible-duplicates?size=200");
        assertThat(api.status()).isEqualTo(200);
        assertThat(allPairs(web)).contains(h.a().toString()).contains("Family name: the same").doesNotContain("+9.0")
                .contains("\"band\":\"VERY_LIKELY\"");
        var probabilities = com.jayway.jsonpath.JsonPath.<List<Double>>read(api.body(), "$.items[*].probability");
        assertThat(probabilities).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Page compare = web.open("/people/duplicates/" + h.a() + "/" + h.b());
        assertThat(compare.html().select("#comparison").text()).contains("9 April 1991").contains("4 September 1991");
        assertThat(compare.html().select("#explanation").text()).contains("Family name: the same").doesNotContain("+9.0");
        assertThat(compare.html().select("#probability").text()).contains("Very likely").doesNotContain("%");
        Page empty = web.post("/people/duplicates/" + h.a() + "/" + h.b() + "/not-same", Map.of("reason", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorSummary()).contains("Enter why");
        Page decided = web.post("/people/duplicates/" + h.a() + "/" + h.b() + "/not-same",
                Map.of("reason", "Twins: different NHS numbers"));
        assertThat(decided.status()).isEqualTo(303);
        assertThat(allPairs(web)).doesNotContain(h.b().toString());

        // a later door proposal (the real PersonMerges.propose, as the referral doors call it) keeps the decision,
        // whichever order it names the pair in and however sure it is
        merges.propose(new PersonId(h.b()), new PersonId(h.a()), 1.0, List.of("Date of birth: the same (+7.0)"));
        merges.propose(new PersonId(h.a()), new PersonId(h.b()), 0.5, List.of("Family name: similar (+2.0)"));
        assertThat(jdbc.sql("SELECT count(*) FROM person_duplicate WHERE person_a = least(?::uuid, ?::uuid) "
                + "AND person_b = greatest(?::uuid, ?::uuid)").params(h.a(), h.b(), h.a(), h.b())
                .query(Integer.class).single()).as("one row per pair, in either order").isEqualTo(1);
        assertThat(jdbc.sql("SELECT decision = 'NOT_SAME' AND refreshed_at >= decided_at "
                + "FROM person_duplicate WHERE person_a = least(?::uuid, ?::uuid) AND person_b = greatest(?::uuid, ?::uuid)")
                .params(h.a(), h.b(), h.a(), h.b()).query(Boolean.class).single())
                .as("the proposal refreshed the pair and kept the decision").isTrue();
        assertThat(merges.openPairsOf(new PersonId(h.a()))).as("decided pairs are not open").isZero();
        assertThat(allPairs(web)).doesNotContain(h.b().toString());
    }

    @Test
    void onlyHubCoordinatorsSeeACandidatesDetailsOthersOnlyThatAPossibleMatchExists() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        Household h = household(coordinator, LocalDate.of(1991, 4, 9), LocalDate.of(1991, 9, 4));
        String otherName = "Zed" + Fixtures.uniqueName("q");
        jdbc.sql("UPDATE person SET given_name = ? WHERE id = ?").params(otherName, h.b()).update();
        jdbc.sql("DELETE FROM person_relationship WHERE person_id = ? AND related_id = ?").params(h.a(), h.b()).update();
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, source)
                VALUES (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), 0.8, 'DOOR')""")
                .params(h.a(), h.b(), h.a(), h.b()).update();

        // a practitioner of the agency involved with both: the person page says a match exists, nothing more
        WebSession involved = new WebSession(port);
        involved.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        Page mine = involved.open("/people/" + h.a());
        assertThat(mine.html().selectFirst("#possible-match").text()).contains("A possible match exists");
        assertThat(mine.body()).doesNotContain(otherName).doesNotContain("/people/duplicates/");
        // an uninvolved practitioner: the stub shows only the name, year of birth and agencies, not even that
        WebSession stranger = new WebSession(port);
        stranger.signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        Page stub = stranger.open("/people/" + h.a());
        assertThat(stub.html().title()).startsWith("Restricted record");
        assertThat(stub.html().select("#possible-match")).isEmpty();
        assertThat(stub.body()).doesNotContain(otherName).doesNotContain(h.b().toString());
        for (WebSession web : List.of(involved, stranger)) {
            assertThat(web.get("/people/duplicates").status()).isEqualTo(403);
            assertThat(web.get("/people/duplicates/" + h.a() + "/" + h.b()).status()).isEqualTo(403);
            assertThat(web.get("/api/people/possible-duplicates").status()).isEqualTo(403);
            assertThat(postJson(web, "/api/people/" + h.a() + "/merge",
                    "{\"mergedId\": \"" + h.b() + "\", \"reason\": \"x\"}").status()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT merged_into FROM person WHERE id = ?").param(h.b()).query(UUID.class).optional()).isEmpty();
        // the hub coordinator sees the pair with the other record's name
        WebSession hub = hub(coordinator);
        assertThat(hub.open("/people/" + h.a()).html().selectFirst("#possible-match").text()).contains(otherName);
    }
}
