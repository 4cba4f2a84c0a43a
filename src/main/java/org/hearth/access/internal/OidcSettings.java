package org.hearth.access.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Agencies' own identity providers (OpenID Connect), one per agency, under {@code hearth.security.oidc.providers.<id>}.
 * Roles stay in Hearth: a provider only says who someone is, and that must match an enabled Hearth account of the
 * provider's agency.
 *
 * @param providers by registration id (letters, digits and dashes; it appears in the redirect address)
 */
@ConfigurationProperties("hearth.security.oidc")
record OidcSettings(Map<String, Provider> providers) {

    OidcSettings {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /**
     * @param name what the sign-in page's button says ("Sign in with {name}")
     * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
     * @param clientId Hearth's client id at the provider
     * @param clientSecret Hearth's client secret at the provider
     * @param agency the agency whose staff it signs in: the agency's id or its exact name
     * @param claim the ID token claim that identifies the Hearth account (default {@code preferred_username})
     * @param matchOn which account field the claim is compared with: {@code username} (default) or {@code email}
     * @param mfaAcrValues {@code acr} values that mean the provider did multi-factor authentication
     * @param mfaAmrValues {@code amr} entries that mean the same (default {@code mfa}); a provider that sends
     *     neither a listed {@code acr} nor a listed {@code amr} is followed by Hearth's own second factor
     * @param scopes scopes to ask for (default openid, profile, email)
     */
    record Provider(String name, String issuerUri, String clientId, String clientSecret, String agency, String claim,
            String matchOn, Set<String> mfaAcrValues, Set<String> mfaAmrValues, List<String> scopes) {

        Provider {
            claim = claim == null || claim.isBlank() ? "preferred_username" : claim;
            matchOn = matchOn == null || matchOn.isBlank() ? "username" : matchOn.trim().toLowerCase();
            mfaAcrValues = mfaAcrValues == null ? Set.of() : Set.copyOf(mfaAcrValues);
            mfaAmrValues = mfaAmrValues == null ? Set.of("mfa") : Set.copyOf(mfaAmrValues);
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
            if (!matchOn.equals("username") && !matchOn.equals("email")) {
                throw new IllegalArgumentException("hearth.security.oidc match-on must be username or email");
            }
        }

        String label() {
            return name == null || name.isBlank() ? "your organisation" : name;
        }
    }
}
