package org.hearth.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.partnership.AgencyId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff, as held in the (PostgreSQL-stored) session. Controllers take it with
 * {@code @AuthenticationPrincipal StaffPrincipal me}.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Held by every fully signed-in user (password and second factor, or a demo account). */
    public static final String SIGNED_IN = "SIGNED_IN";

    private final StaffUserId id;
    private final String username;
    private final String displayName;
    private final AgencyId agency;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean demo;
    private final boolean mfaEnrolled;
    private String passwordHash;

    public StaffPrincipal(StaffUserId id, String username, String displayName, AgencyId agency, Set<Role> roles,
            boolean enabled, boolean demo, boolean mfaEnrolled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.agency = agency;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.demo = demo;
        this.mfaEnrolled = mfaEnrolled;
        this.passwordHash = passwordHash;
    }

    public StaffUserId id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public AgencyId agency() {
        return agency;
    }

    public Set<Role> roles() {
        return roles;
    }

    @Override
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean demo() {
        return demo;
    }

    public boolean mfaEnrolled() {
        return mfaEnrolled;
    }

    /** Authorities of a fully signed-in session: one per role plus {@link #SIGNED_IN}. */
    public Collection<GrantedAuthority> signedInAuthorities() {
        return Stream.concat(roles.stream().map(Role::authority), Stream.of(SIGNED_IN))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return signedInAuthorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public UUID actorId() {
        return id.value();
    }

    @Override
    public String actorName() {
        return username;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffPrincipal other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + id + "]";
    }
}
