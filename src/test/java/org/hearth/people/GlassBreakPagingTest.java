package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 * The break-glass list is paged, fifty openings to a page, newest first, with a caption that counts them all, and
 * the names-shown audit records exactly the people on the page shown; an agency that does not review openings is
 * refused every page.
 */
@HearthIntegrationTest
class GlassBreakPagingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void sixtyOpeningsShowFiftyThenTheRestAndOnlyThoseShownAreRead() {
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Paging School"), Role.PRACTITIONER);
        String family = Fixtures.uniqueName("Paged");
        // sixty people, each opened once, newest last: dated ahead of every other test's openings, so that they fill
        // the first page and head the second whatever else the shared database holds
        List<UUID> people = new ArrayList<>();
        Map<String, UUID> byName = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            UUID p = UUID.randomUUID();
            String given = "Opened" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
            jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                    .params(p, given, family, UUID.randomUUID()).update();
            jdbc.sql("""
                    INSERT INTO break_glass (person_id, user_id, reason, opened_at, expires_at)
                    VALUES (?, ?, 'A paging test reading', now() + interval '1 day' + make_interval(secs => ?),
                            now() + interval '2 days')""")
                    .params(p, stranger.user().id().value(), i).update();
            people.add(p);
            byName.put(given + " " + family, p);
        }
        try {
            long waiting = jdbc.sql("SELECT count(*) FROM break_glass WHERE reviewed_at IS NULL").query(Long.class)
                    .single();
            TestUser governance = fixtures.enrolledUserAt(Fixtures.uniqueName("Paging IG"),
                    Role.INFORMATION_GOVERNANCE);
            WebSession web = new WebSession(port);
            web.signIn(governance);

            Page first = web.get("/break-glass");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.html().select("#breaks caption").text())
                    .isEqualTo(String.format("Openings 1 to 50 of %,d waiting for review", waiting));
            List<UUID> onFirst = shown(first, byName);
            assertThat(onFirst).as("the newest fifty, newest first")
                    .containsExactlyElementsOf(newestFirst(people.subList(10, 60)));
            assertThat(namesRead(governance)).as("one read, of exactly the people shown").hasSize(1);
            assertThat(namesRead(governance).get(0)).containsExactlyInAnyOrderElementsOf(strings(onFirst));

            Page second = web.get("/break-glass?page=2");
            assertThat(second.status()).isEqualTo(200);
            int rows = second.html().select("#breaks tbody tr").size();
            assertThat(rows).as("the other ten when only these wait").isEqualTo((int) Math.min(50, waiting - 50));
            assertThat(second.html().select("#breaks caption").text()).isEqualTo(String.format(
                    "Openings 51 to %,d of %,d waiting for review", 50 + rows, waiting));
            assertThat(shown(second, byName)).as("the first ten rows of the second page")
                    .startsWith(newestFirst(people.subList(0, 10)).toArray(UUID[]::new));
            assertThat(namesRead(governance)).hasSize(2);
            List<String> readOnSecond = namesRead(governance).get(1);
            assertThat(readOnSecond).as("the people on the second page, not the first's")
                    .containsAll(strings(people.subList(0, 10))).doesNotContainAnyElementsOf(strings(onFirst))
                    .hasSizeLessThanOrEqualTo(rows);
            assertThat(second.html().select(".govuk-pagination__link").eachAttr("href"))
                    .contains("/break-glass?page=1");

            TestUser partnership = fixtures.enrolledUserAt(Fixtures.uniqueName("Paging CST"),
                    Role.PARTNERSHIP_COORDINATOR);
            WebSession refused = new WebSession(port);
            refused.signIn(partnership);
            for (String path : List.of("/break-glass", "/break-glass?page=2", "/break-glass?all=true&page=2")) {
                Page p = refused.get(path);
                assertThat(p.status()).as(path).isEqualTo(403);
                assertThat(p.body()).doesNotContain(family);
            }
            assertThat(namesRead(partnership)).as("nothing read by the refused").isEmpty();
        } finally {
            jdbc.sql("DELETE FROM break_glass WHERE person_id = ANY(?)").param(people.toArray(UUID[]::new)).update();
        }
    }

    /** The people of the page's rows, by the names shown (this test's people only). */
    private static List<UUID> shown(Page page, Map<String, UUID> byName) {
        return page.html().select("#breaks tbody tr td:nth-child(3)").eachText().stream()
                .filter(byName::containsKey).map(byName::get).toList();
    }

    private static List<UUID> newestFirst(List<UUID> oldestFirst) {
        List<UUID> out = new ArrayList<>(oldestFirst);
        Collections.reverse(out);
        return out;
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    /** The ids of each names-shown read the user's lists recorded, in the order they were recorded. */
    private List<List<String>> namesRead(TestUser user) {
        return jdbc.sql("""
                SELECT record_ids FROM audit_event WHERE actor_id = ? AND action = 'READ' AND record_type = 'person'
                  AND reason = 'break-glass reviews: names shown' ORDER BY occurred_at""")
                .param(user.user().id().value())
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list();
    }
}
