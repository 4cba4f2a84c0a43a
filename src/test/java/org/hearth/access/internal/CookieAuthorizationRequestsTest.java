package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/** The pending OpenID Connect request's cookie can be neither forged nor read, and is Lax, HttpOnly and short. */
class CookieAuthorizationRequestsTest {

    private final CookieAuthorizationRequests requests = new CookieAuthorizationRequests(new SecretBox(new byte[32]));

    private static OAuth2AuthorizationRequest request() {
        return OAuth2AuthorizationRequest.authorizationCode().authorizationUri("https://idp.example/authorize")
                .clientId("hearth").redirectUri("https://hearth.example/login/oauth2/code/police").state("s-123")
                .build();
    }

    @Test
    void aSavedRequestComesBackAndTheCookieIsSealedLaxAndHttpOnly() {
        MockHttpServletRequest http = new MockHttpServletRequest();
        http.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        requests.saveAuthorizationRequest(request(), http, response);
        String header = response.getHeader("Set-Cookie");
        assertThat(header).startsWith(CookieAuthorizationRequests.COOKIE + "=").contains("HttpOnly", "Secure",
                "SameSite=Lax", "Path=/login/oauth2/code/", "Max-Age=300");
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        assertThat(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8)).doesNotContain("s-123");

        MockHttpServletRequest back = new MockHttpServletRequest();
        back.setCookies(new Cookie(CookieAuthorizationRequests.COOKIE, value));
        assertThat(requests.loadAuthorizationRequest(back).getState()).isEqualTo("s-123");
    }

    @Test
    void anUnsealedOrTamperedCookieIsIgnored() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request());
        }
        String unsealed = Base64.getUrlEncoder().encodeToString(
                Base64.getEncoder().encodeToString(bytes.toByteArray()).getBytes(StandardCharsets.UTF_8));
        MockHttpServletRequest forged = new MockHttpServletRequest();
        forged.setCookies(new Cookie(CookieAuthorizationRequests.COOKIE, unsealed));
        assertThat(requests.loadAuthorizationRequest(forged)).as("written by the client, not sealed by Hearth").isNull();

        MockHttpServletResponse response = new MockHttpServletResponse();
        requests.saveAuthorizationRequest(request(), new MockHttpServletRequest(), response);
        String header = response.getHeader("Set-Cookie");
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        String sealed = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        String tampered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        MockHttpServletRequest changed = new MockHttpServletRequest();
        changed.setCookies(new Cookie(CookieAuthorizationRequests.COOKIE,
                Base64.getUrlEncoder().encodeToString(tampered.getBytes(StandardCharsets.UTF_8))));
        assertThat(requests.loadAuthorizationRequest(changed)).isNull();
    }
}
