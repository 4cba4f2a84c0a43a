package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
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
 * The JSON door for cases with no area: the coordinator lists them (ids only) and places one in an area
 * ({@code POST /api/hub/unplaced/{referralId}}); bad input answers problem details naming {@code area}, with nothing
 * written; an unknown referral 404; the placement is audited; nobody but a hub coordinator gets in.
 */
@HearthIntegrationTest
class HubPlacementApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;

    private UUID referralWithNoArea() {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, "Nadia", Fixtures.uniqueName("Placed"), UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        LocalDate on = LocalDate.now().minusDays(1);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', 'HIGH', 18)""")
                .params(id, "N-" + id.toString().substring(0, 13), fixtures.agency("Hub Referrer").id().value(), on,
                        on, victim).update();
        return id;
    }

    private static HttpRequest.Builder post(WebSession web, String path, String csrf, String json) {
        return HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private UUID areaOf(UUID referral) {
        return jdbc.sql("SELECT area_id FROM referral WHERE id = ?").param(referral).query(UUID.class).optional()
                .orElse(null);
    }

    @Test
    void aCoordinatorPlacesACaseByTheApiWithProblemDetailsForBadInput() {
        fixtures.agency("Test Agency");
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Placement Area"), 80_000).id();
        UUID referral = referralWithNoArea();
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        WebSession hub = new WebSession(port);
        hub.signIn(coordinator);
        String csrf = hub.get("/hub/unplaced").csrf();

        Page list = hub.get("/api/hub/unplaced");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(referral.toString());

        String path = "/api/hub/unplaced/" + referral;
        for (String bad : new String[] {"{}", "{\"area\": \"\"}", "{\"area\": \"not-an-id\"}",
                "{\"area\": \"" + UUID.randomUUID() + "\"}"}) {
            Page refused = hub.send(post(hub, path, csrf, bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).as(bad).contains("\"area\"");
            assertThat(areaOf(referral)).as("nothing written for " + bad).isNull();
        }
        assertThat(hub.send(post(hub, "/api/hub/unplaced/" + UUID.randomUUID(), csrf,
                "{\"area\": \"" + area.value() + "\"}")).status()).isEqualTo(404);

        Page placed = hub.send(post(hub, path, csrf, "{\"area\": \"" + area.value() + "\"}"));
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.body()).contains("\"area\":\"" + area.value() + "\"", "\"meetingId\":null");
        assertThat(areaOf(referral)).isEqualTo(area.value());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'referral' AND action = 'UPDATE' "
                + "AND ? = ANY(record_ids) AND reason = 'area chosen by the hub (API)'")
                .param(referral.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(hub.get("/api/hub/unplaced").body()).doesNotContain(referral.toString());

        // placed once: a second area is refused naming the field
        Page again = hub.send(post(hub, path, csrf, "{\"area\": \"" + area.value() + "\"}"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("already has an area");

        // a representative or practitioner never gets in, whatever the body
        UUID other = referralWithNoArea();
        for (Role role : new Role[] {Role.AGENCY_REPRESENTATIVE, Role.PRACTITIONER, Role.SYSTEM_ADMIN}) {
            WebSession web = new WebSession(port);
            web.signIn(fixtures.enrolledUser(role));
            String theirs = web.get("/").csrf();
            assertThat(web.get("/api/hub/unplaced").status()).as(role.name()).isEqualTo(403);
            assertThat(web.send(post(web, "/api/hub/unplaced/" + other, theirs,
                    "{\"area\": \"" + area.value() + "\"}")).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(areaOf(other)).isNull();
    }
}
