package org.hearth.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A system authenticated by its API token, for one request (API requests are stateless). The audit trail
 * names it {@code api:<client name>}; its authorities are its scopes ({@code SCOPE_referrals:write}...).
 */
public final class ApiClientPrincipal implements Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ApiClientId id;
    private final String name;
    private final AgencyId agency;
    private final Set<ApiScope> scopes;

    public ApiClientPrincipal(ApiClientId id, String name, AgencyId agency, Set<ApiScope> scopes) {
        this.id = id;
        this.name = name;
        this.agency = agency;
        this.scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public ApiClientId id() {
        return id;
    }

    public Set<ApiScope> scopes() {
        return scopes;
    }

    public Collection<GrantedAuthority> authorities() {
        return scopes.stream().<GrantedAuthority>map(s -> new SimpleGrantedAuthority(s.authority())).toList();
    }

    @Override
    public AgencyId agency() {
        return agency;
    }

    @Override
    public boolean hasRole(Role role) {
        return false;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public boolean apiClient() {
        return true;
    }

    @Override
    public UUID actorId() {
        return id.value();
    }

    @Override
    public String actorName() {
        return "api:" + name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiClientPrincipal other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ApiClientPrincipal[" + id + "]";
    }
}
