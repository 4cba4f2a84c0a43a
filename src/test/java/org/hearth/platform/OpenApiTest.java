package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published API description ({@code /v3/api-docs}) advertises only the API meant for other systems: referrals
 * (sent and read back with API tokens) and insights (aggregate figures). Endpoints that serve Hearth's own pages
 * (merges, risk assessments, strategy, structures, agencies, the signed-in user) are not advertised.
 */
@HearthIntegrationTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void onlyTheApiForOtherSystemsIsAdvertised() {
        Page docs = new WebSession(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .doesNotContain("/api/people").doesNotContain("/api/me").doesNotContain("/api/agencies")
                .doesNotContain("/api/strategy").doesNotContain("/api/partnership").doesNotContain("/api/workforce");
        Map<String, Object> paths = JsonPath.read(docs.body(), "$.paths");
        assertThat(paths.keySet()).as("every advertised path")
                .allSatisfy(p -> assertThat(p).matches("/api/(referrals|insights)(/.*)?"))
                .contains("/api/referrals", "/api/referrals/{id}", "/api/insights/indicators");
    }
}
