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
 * headers and follows the page conventions: a new page cannot forget them.
 */
@HearthIntegrationTest
class EveryPageTest {

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
                if (isHtml(page)) {
                    assertPageConventions(path, page, web == anonymous);
                }
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

    private static boolean isHtml(Page page) {
        String type = page.header("Content-Type");
        return type != null && type.startsWith("text/html");
    }

    /** One h1, a title, the skip link, no inline script or style (the CSP would block them), exit on public pages. */
    private void assertPageConventions(String path, Page page, boolean anonymous) {
        var html = page.html();
        assertThat(html.title()).as("title of %s", path).endsWith("– Hearth").hasSizeGreaterThan("– Hearth".length() + 2);
        assertThat(html.select("h1")).as("h1 on %s", path).hasSize(1);
        assertThat(html.select("a.govuk-skip-link[href=#main-content]")).as("skip link on %s", path).hasSize(1);
        assertThat(html.select("#main-content")).as("main on %s", path).hasSize(1);
        assertThat(html.select("[style]")).as("inline style on %s", path).isEmpty();
        assertThat(html.select("script:not([src])")).as("inline script on %s", path).isEmpty();
        assertThat(html.select("[onclick], [onload], [onsubmit], [onchange]")).as("inline handlers on %s", path).isEmpty();
        for (var form : html.select("form[method=post]")) {
            assertThat(form.select("input[name=_csrf]")).as("CSRF token in a form on %s", path).hasSize(1);
        }
        if (anonymous && page.status() != 302) {
            assertThat(html.select(".govuk-exit-this-page a")).as("exit control on public page %s", path).hasSize(1);
        }
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
