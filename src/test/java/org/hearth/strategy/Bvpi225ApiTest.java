package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** BVPI 225 as JSON: periods with scores, a period's answers, and a problem detail for an unknown period. */
@HearthIntegrationTest
class Bvpi225ApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Bvpi225Assessments assessments;

    @Test
    void periodsAndAnswersAsJson() {
        String period = Bvpi225Periods.next();
        int year = Integer.parseInt(period.substring(0, 4));
        String slug = period.replace('/', '-');
        assessments.start(period, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
        assessments.answer(period, List.of(Bvpi225Answer.of(3, true, Rag.GREEN, "Coordinator in post"),
                Bvpi225Answer.of(4, true, Rag.AMBER, "Strategy adopted by Cabinet")));
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));

        Page list = web.get("/api/strategy/bvpi225");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        assertThat(list.body()).contains("\"period\":\"" + period + "\"", "\"slug\":\"" + slug + "\"",
                "\"score\":18", "\"yes\":2", "\"status\":\"DRAFT\"", "\"startsOn\":\"" + year + "-04-01\"");

        Page one = web.get("/api/strategy/bvpi225/" + slug);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("\"question\":4", "\"answer\":true", "\"rag\":\"AMBER\"",
                "Strategy adopted by Cabinet", "\"text\":\"multi-agency strategy produced and adopted\"",
                "\"question\":11");
        assertThat(web.get("/api/strategy/bvpi225/" + period.replace("/", "%2F")).status())
                .as("an encoded slash is refused by the firewall or found, never a 500").isLessThan(500);

        Page unknown = web.get("/api/strategy/bvpi225/1999-00");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":404", "\"title\":\"Not found\"");
        assertThat(web.get("/api/strategy/bvpi225/rubbish").status()).isEqualTo(404);
    }
}
