package org.hearth.access.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The configured providers as Spring Security client registrations, each read from its issuer's discovery
 * document at its first use (not at start, so Hearth starts while a provider is down) and then kept.
 */
class OidcClientRegistrations implements ClientRegistrationRepository {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OidcClientRegistrations.class);

    private final OidcSettings settings;
    private final String redirectUri;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    /** {@code publicBaseUrl} blank: the redirect address is built from the request, as Spring Security does. */
    OidcClientRegistrations(OidcSettings settings, String publicBaseUrl) {
        this.settings = settings;
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "{baseUrl}"
                : publicBaseUrl.replaceAll("/+$", "");
        this.redirectUri = base + "/login/oauth2/code/{registrationId}";
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        OidcSettings.Provider provider = settings.providers().get(registrationId);
        if (provider == null) {
            return null;
        }
        ClientRegistration known = discovered.get(registrationId);
        if (known != null) {
            return known;
        }
        try {
            ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(provider.issuerUri())
                    .registrationId(registrationId)
                    .clientId(provider.clientId())
                    .clientSecret(provider.clientSecret())
                    .scope(provider.scopes())
                    .redirectUri(redirectUri)
                    .clientName(provider.label())
                    // PKCE as well as the client secret (RFC 9700 recommends it for confidential clients too)
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            discovered.put(registrationId, registration);
            return registration;
        } catch (RuntimeException e) {
            log.warn("Identity provider {} could not be reached at its issuer address: {}", registrationId,
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
