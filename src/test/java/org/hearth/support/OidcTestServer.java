package org.hearth.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider inside the test JVM (NAV's mock-oauth2-server, started once), registered with the
 * one shared test context as two agencies' identity providers:
 * <ul>
 * <li>{@code testpolice} for the agency {@value #POLICE}: matches {@code preferred_username} to the username, and
 * takes {@code acr=}{@value #STRONG_ACR} or an {@code amr} holding {@code mfa} as multi-factor authentication;</li>
 * <li>{@code testnhs} for the agency {@value #NHS}: matches {@code email}, and takes only {@code amr} {@code mfa}.</li>
 * </ul>
 * Tests say who signs in next, and with which claims, with {@link #nextSignIn}.
 */
public class OidcTestServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String POLICE = "OIDC Test Police";
    public static final String NHS = "OIDC Test NHS Trust";
    public static final String STRONG_ACR = "urn:example:loa:strong";
    public static final String CLIENT_ID = "hearth";

    private static MockOAuth2Server server;

    static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The claims of the next ID token the provider {@code issuer} ("testpolice" or "testnhs") issues. */
    public static void nextSignIn(String issuer, Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(issuer, "subject-" + System.nanoTime(), "JWT",
                List.of(CLIENT_ID), claims, 3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MockOAuth2Server s = server();
        String p = "hearth.security.oidc.providers.";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oidc-test-server", Map.ofEntries(
                Map.entry(p + "testpolice.name", "Testshire Police"),
                Map.entry(p + "testpolice.issuer-uri", s.issuerUrl("testpolice").toString()),
                Map.entry(p + "testpolice.client-id", CLIENT_ID),
                Map.entry(p + "testpolice.client-secret", "test-secret"),
                Map.entry(p + "testpolice.agency", POLICE),
                Map.entry(p + "testpolice.claim", "preferred_username"),
                Map.entry(p + "testpolice.mfa-acr-values", STRONG_ACR),
                Map.entry(p + "testpolice.mfa-amr-values", "mfa"),
                Map.entry(p + "testnhs.name", "Testshire NHS"),
                Map.entry(p + "testnhs.issuer-uri", s.issuerUrl("testnhs").toString()),
                Map.entry(p + "testnhs.client-id", CLIENT_ID),
                Map.entry(p + "testnhs.client-secret", "test-secret"),
                Map.entry(p + "testnhs.agency", NHS),
                Map.entry(p + "testnhs.claim", "email"),
                Map.entry(p + "testnhs.match-on", "email"))));
    }
}
