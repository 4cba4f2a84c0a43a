package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page Hearth serves, found from the handler mappings rather than listed by hand, carries the strict
 * headers: a new page cannot forget them.
 */
@HearthIntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageCarriesStrictSecurityHeaders() {
        var admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN, Role.PARTNERSHIP_COORDINATOR, Role.HUB_COORDINATOR,
                Role.PRACTITIONER, Role.AGENCY_REPRESENTATIVE);
        WebSession anonymous = new WebSession(port);
        WebSession signedIn = new WebSession(port);
        signedIn.signIn(admin);

        List<String> paths = pagePaths();
        assertThat(paths).contains("/", "/login");
        List<String> checked = new ArrayList<>();
        for (String path : paths) {
            for (WebSession web : List.of(anonymous, signedIn)) {
                Page page = web.get(path);
                assertStrictHeaders(path, page);
                checked.add(path);
            }
        }
        assertStrictHeaders("a missing page", signedIn.get("/no-such-page-" + UUID.randomUUID()));
        assertStrictHeaders("the error page", anonymous.get("/error"));
        assertThat(checked).hasSizeGreaterThanOrEqualTo(paths.size() * 2);
    }

    @Test
    void pagesWithDataAreNeverCached() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        Page home = web.signIn(user);
        assertThat(home.header("Cache-Control")).contains("no-store");
        assertThat(home.header("Pragma")).isEqualTo("no-cache");
    }

    private void assertStrictHeaders(String path, Page page) {
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).as("CSP on %s", path).isNotNull()
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.header("Strict-Transport-Security")).as("HSTS on %s", path).contains("max-age=31536000");
        assertThat(page.header("X-Frame-Options")).as("frame denial on %s", path).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).as("referrer policy on %s", path).isEqualTo("no-referrer");
        assertThat(page.header("X-Content-Type-Options")).as("nosniff on %s", path).isEqualTo("nosniff");
        assertThat(page.status()).as("status of %s", path).isLessThan(500);
        assertThat(page.body()).as("body of %s", path).doesNotContain("at org.").doesNotContain("Exception");
    }

    /** Every GET route; path variables filled with a random id (which must give a 4xx page, not a 500). */
    private List<String> pagePaths() {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            if (!handler.getBeanType().getPackageName().startsWith("org.hearth")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                paths.add(pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
            }
        });
        return paths;
    }
}
