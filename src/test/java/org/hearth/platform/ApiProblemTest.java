package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API answers in JSON, and every failure is an RFC 9457 problem detail, never a page or a stack trace. */
@HearthIntegrationTest
class ApiProblemTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void signedOutCallersGet401ProblemNotARedirect() {
        Page page = new WebSession(port).get("/api/me");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.body()).contains("\"status\":401");
    }

    @Test
    void signedInCallersGetJson() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        String agency = user.user().agency().toString();
        WebSession web = new WebSession(port);
        web.signIn(user);
        Page me = web.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains(user.username()).contains("PRACTITIONER");
        Page agencyPage = web.get("/api/agencies/" + agency);
        assertThat(agencyPage.status()).isEqualTo(200);
        assertThat(agencyPage.body()).contains("\"id\":\"" + agency + "\"").contains("Test Agency");
    }

    @Test
    void badIdsAndMissingRecordsAreProblems() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PRACTITIONER));

        Page malformed = web.get("/api/agencies/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.body()).contains("\"field\":\"id\"");

        Page missing = web.get("/api/agencies/" + java.util.UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");

        Page noRoute = web.send(HttpRequest.newBuilder(web.uri("/api/no-such-thing")).header("Accept", "application/json"));
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.body()).doesNotContain("<html");
    }

    @Test
    void openApiDescriptionIsPublished() {
        Page docs = new WebSession(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("Hearth API").contains("/api/referrals");
    }

    @Test
    void healthIsUp() {
        Page health = new WebSession(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
