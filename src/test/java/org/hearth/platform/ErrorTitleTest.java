package org.hearth.platform;

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

/**
 * A page that shows a form with errors has a title starting "Error: " (the GOV.UK pattern), set once by the
 * layout (platform.web.ErrorTitles), for bound forms and for pages that keep their own error message; a page
 * without errors does not.
 */
@HearthIntegrationTest
class ErrorTitleTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void formsWithErrorsSayErrorFirstInTheTitle() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        Page fresh = web.open("/referrals/new");
        assertThat(fresh.html().title()).startsWith("Make a referral");
        assertThat(fresh.html().select(".govuk-error-summary")).isEmpty();

        assertFailed(web.post("/referrals/new", Map.of("victimGivenName", "")), "Make a referral");
        web.open("/people/new");
        assertFailed(web.post("/people/new", Map.of("givenName", "")), "");

        WebSession anonymous = new WebSession(port);
        anonymous.open("/login");
        Page login = anonymous.post("/login", Map.of("username", "", "password", ""));
        login = login.status() == 303 ? anonymous.open(login.location()) : login;
        assertFailed(login, "Sign in");

    }

    private static void assertFailed(Page page, String title) {
        assertThat(page.html().select(".govuk-error-summary")).as(page.body()).isNotEmpty();
        assertThat(page.html().title()).startsWith("Error: " + title);
    }
}
