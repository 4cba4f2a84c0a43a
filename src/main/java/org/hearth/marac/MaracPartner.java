package org.hearth.marac;

import java.time.Instant;

/**
 * A partner MARAC (of another partnership) whose public key an administrator imported: transfer files it signs are
 * accepted until the key is revoked. {@code keyId} is the key's JWK thumbprint (SHA-256), which signed files name.
 */
public record MaracPartner(MaracPartnerId id, String name, String keyId, String publicJwk, Instant addedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
