package org.hearth.access.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Keeps the pending OpenID Connect request (state, nonce, PKCE verifier) in its own short-lived cookie rather than
 * in the session: the session cookie is {@code SameSite=Strict}, so a browser coming back from the provider (a
 * cross-site navigation) does not send it. This cookie is {@code SameSite=Lax}, {@code HttpOnly}, limited to the
 * callback path, lives five minutes, and is sealed with Hearth's secret key (AES-GCM), so it can be neither read
 * nor forged; it is only deserialised after the seal is verified, and then only as Spring Security's classes.
 */
class CookieAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "HEARTH_OIDC";
    private static final String PATH = "/login/oauth2/code/";
    private static final String OWNER = "oidc-authorization-request";
    private static final ObjectInputFilter ONLY_AUTHORIZATION_REQUESTS = ObjectInputFilter.Config.createFilter(
            "maxdepth=10;maxrefs=500;maxbytes=16384;java.lang.*;java.util.*;java.time.*;"
                    + "org.springframework.security.oauth2.core.**;!*");

    private final SecretBox box;

    CookieAuthorizationRequests(SecretBox box) {
        this.box = box;
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return decode(cookie.getValue());
            }
        }
        return null;
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            write(request, response, "", Duration.ZERO);
            return;
        }
        write(request, response, encode(authorizationRequest), Duration.ofMinutes(5));
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
            HttpServletResponse response) {
        OAuth2AuthorizationRequest saved = loadAuthorizationRequest(request);
        if (saved != null) {
            write(request, response, "", Duration.ZERO);
        }
        return saved;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration age) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").path(PATH).maxAge(age).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private String encode(OAuth2AuthorizationRequest authorizationRequest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorizationRequest);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String sealed = box.seal(Base64.getEncoder().encodeToString(bytes.toByteArray()), OWNER);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private OAuth2AuthorizationRequest decode(String value) {
        try {
            String sealed = new String(Base64.getUrlDecoder().decode(value), java.nio.charset.StandardCharsets.UTF_8);
            if (!SecretBox.sealed(sealed)) {
                return null;
            }
            byte[] bytes = Base64.getDecoder().decode(box.open(sealed, OWNER));
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                in.setObjectInputFilter(ONLY_AUTHORIZATION_REQUESTS);
                return in.readObject() instanceof OAuth2AuthorizationRequest r ? r : null;
            }
        } catch (RuntimeException | IOException | ClassNotFoundException e) {
            return null;
        }
    }
}
