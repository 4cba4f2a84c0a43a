package org.hearth.access.internal;

import java.io.Serial;
import java.util.List;
import org.hearth.access.StaffPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A session whose password was right but whose second factor is still owed. It grants nothing but the
 * pages to enter a code or enrol one.
 */
final class MfaPendingAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String AUTHORITY = "MFA_PENDING";

    private final StaffPrincipal principal;

    MfaPendingAuthentication(StaffPrincipal principal) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return principal;
    }
}
