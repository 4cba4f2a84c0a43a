package org.hearth.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.partnership.AgencyId;

/** API clients and their tokens; managed by system administrators at {@code /admin/api-clients}. */
public interface ApiClients {

    /** A client just created, with its token: shown once, never retrievable again. */
    record Created(ApiClient client, String token) {
    }

    List<ApiClient> all();

    Optional<ApiClient> find(ApiClientId id);

    /** Creates a client with a new random token (audited). */
    Created create(String name, AgencyId agency, Set<ApiScope> scopes);

    /** Stops the client's token working at once (audited). */
    void revoke(ApiClientId id);

    /** The client an active token belongs to; empty for an unknown or revoked token. */
    Optional<ApiClientPrincipal> authenticate(String token);
}
