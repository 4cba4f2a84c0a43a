package org.hearth.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Sign-in with agencies' identity providers ({@code /oauth2/authorization/<id>}, back at
 * {@code /login/oauth2/code/<id>}), added to the web chain only when {@code hearth.security.oidc.providers} names
 * at least one.
 */
class OidcLogin extends AbstractHttpConfigurer<OidcLogin, HttpSecurity> {

    static final String AUTHORIZATION_PATH = "/oauth2/authorization";

    private final OidcSettings settings;
    private final SecretBox box;
    private final String publicBaseUrl;
    private final OidcSignIn handler;

    OidcLogin(OidcSettings settings, SecretBox box, String publicBaseUrl, OidcSignIn handler) {
        this.settings = settings;
        this.box = box;
        this.publicBaseUrl = publicBaseUrl;
        this.handler = handler;
    }

    /**
     * The authentication providers of the web chain: the password one, and when any identity provider is
     * configured, Spring Security's OpenID Connect code flow one (token request, ID token checks, user info).
     */
    static java.util.List<org.springframework.security.authentication.AuthenticationProvider> withProviders(
            OidcSettings settings, org.springframework.security.authentication.AuthenticationProvider password) {
        if (settings.providers().isEmpty()) {
            return java.util.List.of(password);
        }
        return java.util.List.of(password,
                new org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider(
                        new org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient(),
                        new org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService()));
    }

    @Override
    public void init(HttpSecurity http) {
        if (settings.providers().isEmpty()) {
            return;
        }
        OidcClientRegistrations registrations = new OidcClientRegistrations(settings, publicBaseUrl);
        OAuth2AuthorizationRequestResolver resolver = new UnknownProviderIsNotFound(
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_PATH));
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestRepository(new CookieAuthorizationRequests(box))
                        .authorizationRequestResolver(resolver))
                .successHandler(handler)
                .failureHandler(handler));
    }

    /** A provider id that is not configured (or cannot be reached) falls through to a 404, not a 500. */
    private record UnknownProviderIsNotFound(OAuth2AuthorizationRequestResolver delegate)
            implements OAuth2AuthorizationRequestResolver {

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            try {
                return delegate.resolve(request);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
            try {
                return delegate.resolve(request, clientRegistrationId);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
    }
}
