package org.hearth.access;

import java.time.Instant;
import java.util.Set;
import org.hearth.partnership.AgencyId;

/**
 * A system allowed to call the API (e.g. a police force's incident feed), acting for one agency with the
 * scopes given. {@code tokenHint} is the first characters of its token, so people can tell tokens apart;
 * the token itself is never stored. A token ends at {@code expiresAt} (or when revoked).
 */
public record ApiClient(ApiClientId id, String name, AgencyId agency, Set<ApiScope> scopes, String tokenHint,
        Instant createdAt, String createdBy, Instant lastUsedAt, Instant revokedAt, Instant expiresAt) {

    /** Neither revoked nor expired: its token works. */
    public boolean active() {
        return revokedAt == null && !expired();
    }

    public boolean expired() {
        return !expiresAt.isAfter(Instant.now());
    }
}
