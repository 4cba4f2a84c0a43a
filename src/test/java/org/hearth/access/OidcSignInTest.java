package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.OidcTestServer;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, point 10: signing in with an agency's own identity provider, against a real OpenID Connect server in
 * the test JVM ({@link OidcTestServer}): the whole authorisation code flow, signed ID tokens, discovery and all.
 */
@HearthIntegrationTest
class OidcSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageOffersEachAgencysProvider() {
        Page login = new WebSession(port).open("/login");
        assertThat(login.html().select("#identity-providers a").eachText())
                .containsExactly("Sign in with Testshire NHS", "Sign in with Testshire Police");
        assertThat(login.html().select("#identity-providers a").eachAttr("href"))
                .containsExactly("/oauth2/authorization/testnhs", "/oauth2/authorization/testpolice");
    }

    @Test
    void anOfficerWhoseForceDidMultiFactorIsSignedInWithHearthsRoles() {
        TestUser officer = fixtures.enrolledUserAt(OidcTestServer.POLICE, Role.AGENCY_REPRESENTATIVE);
        WebSession web = new WebSession(port);
        Page landed = signIn(web, "testpolice", Map.of("preferred_username", officer.username(),
                "acr", OidcTestServer.STRONG_ACR, "roles", List.of("HUB_COORDINATOR")));
        assertThat(landed.location()).isEqualTo("/");
        Page home = web.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().select(".hearth-header__name").text()).isEqualTo(officer.user().displayName());
        assertThat(web.get("/triage").status()).as("roles come from Hearth, never from the provider")
                .isEqualTo(403);
        assertThat(lastAudit(officer, "LOGIN")).isEqualTo("identity provider testpolice with multi-factor "
                + "authentication (acr " + OidcTestServer.STRONG_ACR + ")");
    }

    @Test
    void amrHoldingMfaCountsToo() {
        TestUser officer = fixtures.enrolledUserAt(OidcTestServer.POLICE, Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        Page landed = signIn(web, "testpolice", Map.of("preferred_username", officer.username().toUpperCase(),
                "amr", List.of("pwd", "mfa")));
        assertThat(landed.location()).isEqualTo("/");
        assertThat(web.get("/").status()).isEqualTo(200);
    }

    @Test
    void withoutMultiFactorFromTheProviderHearthsOwnSecondFactorFollows() {
        TestUser officer = fixtures.enrolledUserAt(OidcTestServer.POLICE, Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        Page landed = signIn(web, "testpolice", Map.of("preferred_username", officer.username(),
                "acr", "urn:example:loa:low", "amr", List.of("pwd")));
        assertThat(landed.location()).isEqualTo("/login/code");
        assertThat(web.get("/").status()).as("not yet signed in").isEqualTo(302);
        assertThat(web.open("/login/code").html().title()).startsWith("Enter your security code");
        Page done = web.post("/login/code", Map.of("code", officer.code(0)));
        assertThat(done.status()).isEqualTo(303);
        assertThat(web.get("/").status()).isEqualTo(200);
        assertThat(lastAudit(officer, "LOGIN")).isEqualTo("identity provider testpolice and TOTP");
    }

    @Test
    void aProviderThatSendsNoAmrIsFollowedByHearthsSecondFactorAndMatchesOnEmail() {
        TestUser nurse = fixtures.enrolledUserAt(OidcTestServer.NHS, Role.PRACTITIONER);
        String email = nurse.username() + "@nhs.example";
        jdbc.sql("UPDATE staff_user SET email = ? WHERE id = ?").params(email, nurse.user().id().value()).update();
        WebSession web = new WebSession(port);
        Page landed = signIn(web, "testnhs", Map.of("email", email.toUpperCase(), "acr", OidcTestServer.STRONG_ACR));
        assertThat(landed.location()).as("the NHS provider is configured to trust amr only").isEqualTo("/login/code");

        WebSession strong = new WebSession(port);
        assertThat(signIn(strong, "testnhs", Map.of("email", email, "amr", List.of("mfa"))).location()).isEqualTo("/");
        assertThat(strong.get("/").status()).isEqualTo(200);
    }

    @Test
    void theAccountMustExistBeEnabledAndBelongToTheProvidersAgency() {
        TestUser elsewhere = fixtures.enrolledUserAt("Test Agency", Role.HUB_COORDINATOR);
        TestUser disabled = fixtures.enrolledUserAt(OidcTestServer.POLICE, Role.PRACTITIONER);
        jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(disabled.user().id().value()).update();
        for (String username : List.of(elsewhere.username(), disabled.username(), "no-such-officer")) {
            WebSession web = new WebSession(port);
            Page page = signIn(web, "testpolice", Map.of("preferred_username", username, "acr",
                    OidcTestServer.STRONG_ACR));
            assertThat(page.status()).as(username).isEqualTo(401);
            assertThat(page.errorSummary()).contains("does not match an enabled Hearth account of your agency");
            assertThat(web.get("/").status()).isEqualTo(302);
            assertThat(web.get("/login/code").status()).isEqualTo(302);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor_name = ?")
                .param(elsewhere.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aForgedCallbackSignsNobodyIn() {
        WebSession web = new WebSession(port);
        web.open("/login");
        Page forged = web.get("/login/oauth2/code/testpolice?code=stolen&state=guessed");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.errorSummary()).contains("Signing in with your organisation did not work");
        assertThat(web.get("/").status()).isEqualTo(302);
        assertThat(web.get("/oauth2/authorization/no-such-provider").status()).isLessThan(500);
    }

    /** Follows the flow: Hearth, the provider's authorisation endpoint, back to Hearth; returns Hearth's answer. */
    private Page signIn(WebSession web, String provider, Map<String, Object> claims) {
        OidcTestServer.nextSignIn(provider, new HashMap<>(claims));
        web.open("/login");
        Page toProvider = web.get("/oauth2/authorization/" + provider);
        assertThat(toProvider.status()).isEqualTo(302);
        assertThat(toProvider.location()).contains("/" + provider + "/authorize").contains("nonce=")
                .contains("code_challenge_method=S256");
        Page back = web.get(toProvider.location());
        assertThat(back.status()).as(back.body()).isEqualTo(302);
        assertThat(back.location()).startsWith("http://localhost:" + port + "/login/oauth2/code/" + provider);
        return web.get(back.location());
    }

    private String lastAudit(TestUser user, String action) {
        return jdbc.sql("SELECT reason FROM audit_event WHERE action = ? AND ? = ANY(record_ids) ORDER BY id DESC LIMIT 1")
                .params(action, user.user().id().toString()).query(String.class).single();
    }
}
