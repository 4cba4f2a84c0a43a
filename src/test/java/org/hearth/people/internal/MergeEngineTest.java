package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.Eventually.waitFor;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine and merges: the online index forgets a merged-away record and learns it again after an unmerge; a
 * batch run over the register stores pairs with probability, explanation and group, and keeps every decision.
 */
@HearthIntegrationTest
class MergeEngineTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EngineMatcher engine;
    @Autowired
    DuplicateFinder finder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.hearth.platform.SingleInstance single;

    @Test
    void theIndexForgetsAMergedRecordAndLearnsItAgainAfterAnUnmerge() {
        waitFor(engine::ready, Duration.ofSeconds(60));
        String family = "Fairbrother" + letters();
        LocalDate dob = LocalDate.of(1986, 2, 17);
        UUID a = insert("Philomena", family, dob);
        UUID b = insert("Philomena", family, dob);
        engine.poll();
        assertThat(ids(family, dob)).contains(a, b);

        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        Page merged = post(web, "/api/people/" + a + "/merge", "{\"mergedId\": \"" + b + "\", \"reason\": \"Same woman\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(201);
        engine.poll();
        assertThat(engine.indexed(b)).isFalse();
        assertThat(ids(family, dob)).contains(a).doesNotContain(b);

        String merge = merged.body().replaceAll(".*\"mergeId\":\"([0-9a-f-]+)\".*", "$1");
        assertThat(post(web, "/api/people/merges/" + merge + "/unmerge", "{\"reason\": \"Two women\"}").status())
                .isEqualTo(204);
        engine.poll();
        assertThat(engine.indexed(b)).isTrue();
        assertThat(ids(family, dob)).contains(a, b);
    }

    @Test
    void aDuplicateRunIsSkippedWhileAnotherInstanceRunsOne() throws InterruptedException {
        waitFor(() -> !finder.running(), Duration.ofSeconds(120));
        long runs = jdbc.sql("SELECT count(*) FROM person_duplicate_run").query(Long.class).single();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // another instance, on its own connection, is running the job
        Thread other = new Thread(() -> single.runExclusively("person-duplicates", () -> {
            held.countDown();
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        assertThat(held.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(finder.start(null)).isTrue();
            waitFor(() -> !finder.running(), Duration.ofSeconds(60));
            assertThat(jdbc.sql("SELECT count(*) FROM person_duplicate_run").query(Long.class).single())
                    .as("no second run while another instance runs one").isEqualTo(runs);
        } finally {
            release.countDown();
            other.join(30_000);
        }
        assertThat(finder.start(null)).isTrue();
        waitFor(() -> !finder.running(), Duration.ofSeconds(120));
        assertThat(jdbc.sql("SELECT count(*) FROM person_duplicate_run").query(Long.class).single()).isEqualTo(runs + 1);
    }

    @Test
    void aBatchRunStoresPairsWithExplanationsGroupsThemAndKeepsDecisions() {
        String family = "Wetherall" + letters();
        UUID first = insert("Winifred", family, LocalDate.of(1979, 3, 11));
        UUID swapped = insert("Winifred", family, LocalDate.of(1979, 11, 3));
        UUID third = insert("Winnie", family, LocalDate.of(1979, 3, 11));
        UUID unrelated = insert("Bartholomew", "Quince" + letters(), LocalDate.of(1950, 7, 7));

        assertThat(finder.run(null)).isPositive();
        record Pair(UUID a, UUID b, double p, List<String> reasons, UUID cluster, String source) {
        }
        List<Pair> pairs = jdbc.sql("""
                SELECT person_a, person_b, probability, array_to_string(reasons, chr(31)) AS reasons, cluster_id, source
                FROM person_duplicate WHERE person_a IN (:ids) OR person_b IN (:ids)""")
                .param("ids", List.of(first, swapped, third, unrelated))
                .query((rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3),
                        List.of(rs.getString(4).split("\u001f")), rs.getObject(5, UUID.class), rs.getString(6)))
                .list();
        assertThat(pairs).anySatisfy(p -> {
            assertThat(List.of(p.a(), p.b())).containsExactlyInAnyOrder(first, swapped);
            assertThat(p.p()).isBetween(0.5, 1.0);
            assertThat(p.reasons()).contains("Date of birth with day and month swapped", "Same family name")
                    .noneMatch(r -> r.contains("+") || r.matches(".*\\d.*"));
            assertThat(p.source()).isEqualTo("BATCH");
        });
        assertThat(pairs).allSatisfy(p -> assertThat(List.of(p.a(), p.b())).doesNotContain(unrelated));
        assertThat(pairs.stream().map(Pair::cluster).distinct()).as("one group").hasSize(1);

        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        UUID a = first.toString().compareTo(swapped.toString()) < 0 ? first : swapped;
        UUID b = a.equals(first) ? swapped : first;
        assertThat(post(web, "/api/people/possible-duplicates/" + a + "/" + b + "/not-same",
                "{\"reason\": \"Different mothers' maiden names\"}").status()).isEqualTo(204);
        finder.run(null);
        assertThat(jdbc.sql("SELECT decision FROM person_duplicate WHERE person_a = ? AND person_b = ?").params(a, b)
                .query(String.class).single()).isEqualTo("NOT_SAME");
        assertThat(jdbc.sql("SELECT count(*) FROM person_duplicate WHERE person_a = ? AND person_b = ? AND decision IS NULL")
                .params(a, b).query(Integer.class).single()).as("not offered again").isZero();
    }

    private List<UUID> ids(String family, LocalDate dob) {
        List<Candidate> found = engine.candidates(new PersonDetails("Philomena", family, dob, null, Sex.FEMALE, null, null,
                null, false, null, null, null), null, 5);
        return found.stream().map(c -> c.id().value()).toList();
    }

    private UUID insert(String given, String family, LocalDate dob) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, sex, created_by) VALUES (?, ?, ?, ?, 'FEMALE', ?)")
                .params(id, given, family, dob, UUID.randomUUID()).update();
        return id;
    }

    private static Page post(WebSession web, String path, String json) {
        String token = web.get("/account").csrf();
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String letters() {
        return Fixtures.uniqueName("").substring(0, 6);
    }
}
