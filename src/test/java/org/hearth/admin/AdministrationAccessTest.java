package org.hearth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administration pages are for system administrators only, and only they see the links to them. */
@HearthIntegrationTest
class AdministrationAccessTest {

    private static final String[] PAGES = {"/admin/users", "/admin/users/new", "/admin/agencies",
        "/admin/agencies/new", "/audit"};

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPractitionerIsRefusedWithAClearPage() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        for (String path : PAGES) {
            Page page = web.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().selectFirst("#denied-message").text()).contains("do not have permission");
        }
        Page home = web.open("/");
        assertThat(home.html().select(".govuk-service-navigation__link").eachText())
                .doesNotContain("Agencies", "Users", "Audit trail");
        int agencies = jdbc.sql("SELECT count(*) FROM agency").query(Integer.class).single();
        assertThat(web.post("/admin/agencies", Map.of("name", "Sneaky Agency", "sector", "POLICE",
                "statutory", "true")).status()).isEqualTo(403);
        assertThat(web.post("/audit/verify", Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM agency").query(Integer.class).single()).isEqualTo(agencies);
    }

    @Test
    void anAdministratorSeesTheLinksInOrder() {
        WebSession web = new WebSession(port);
        Page home = web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        // the administration pages are one link of the menu, and a second row of links on their pages
        assertThat(home.html().select("#navigation .govuk-service-navigation__link").eachText())
                .containsSubsequence("Home", "Administration").doesNotContain("Agencies", "Users", "Audit trail");
        Page section = web.get("/sections/administration");
        assertThat(section.html().select("#section-links a").eachText())
                .containsSubsequence("Partnership settings", "Agencies", "Users", "Role approvals", "API clients", "Audit trail");
        for (String path : PAGES) {
            assertThat(web.get(path).status()).as(path).isEqualTo(200);
        }
        Page users = web.get("/admin/users");
        assertThat(users.html().selectFirst("#navigation .govuk-service-navigation__item--active").text())
                .isEqualTo("Administration");
        assertThat(users.html().select("#section-navigation .govuk-service-navigation__link").eachText())
                .containsSubsequence("Partnership settings", "Agencies", "Users", "Role approvals", "API clients", "Audit trail");
        assertThat(users.html().selectFirst("#section-navigation .govuk-service-navigation__item--active").text())
                .isEqualTo("Users");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        WebSession web = new WebSession(port);
        for (String path : PAGES) {
            Page page = web.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).endsWith("/login");
        }
    }
}
