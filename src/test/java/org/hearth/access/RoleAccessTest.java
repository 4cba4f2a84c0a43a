package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administration is for system administrators only; everyone else is refused with a clear page. */
@HearthIntegrationTest
class RoleAccessTest {

    private static final String[] ADMIN_PAGES = {"/admin/users", "/admin/agencies", "/audit"};

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SYSTEM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdministratorsReachAdministration(Role role) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(role));
        for (String path : ADMIN_PAGES) {
            Page page = web.get(path);
            assertThat(page.status()).as("%s as %s", path, role).isEqualTo(403);
            assertThat(page.html().selectFirst("#denied-message").text()).contains("do not have permission");
        }
        assertThat(web.get("/").html().select(".govuk-service-navigation__link").eachText())
                .as("no admin links in the navigation").doesNotContain("Users", "Agencies", "Audit trail");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SYSTEM_ADMIN")
    void administratorsDo(Role role) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(role));
        for (String path : ADMIN_PAGES) {
            Page page = web.get(path);
            // exactly the page: a redirect (to sign-in or elsewhere) or an error page must not pass
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.location()).as(path).isNull();
            assertThat(page.html().selectFirst("#denied-message")).as(path).isNull();
            assertThat(page.html().selectFirst("h1")).as(path).isNotNull();
        }
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        WebSession web = new WebSession(port);
        for (String path : ADMIN_PAGES) {
            Page page = web.get(path);
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.location()).endsWith("/login");
        }
    }
}
