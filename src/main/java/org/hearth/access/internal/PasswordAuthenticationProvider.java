package org.hearth.access.internal;

import java.util.List;
import java.util.Optional;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * First factor: the password, behind {@link LoginThrottle}'s delays per (client address, username) and per
 * address. A right password yields {@link MfaPendingAuthentication} unless the account is a demo account without
 * a second factor, which is signed in at once.
 *
 * <p>An unknown username, a disabled account and a wrong password get the same answer after the same work: the
 * password is always checked against a hash (a dummy one of the same cost when there is no account), and only
 * then is the account's state looked at, so neither the answer nor its timing tells whether an account exists.
 * The check waits its turn at {@link PasswordCheckGate}, which may refuse it as busy before any password is read.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    /** Who a failed sign-in is recorded for when what was typed is no account's username. */
    static final String UNKNOWN_USERNAME = "(not an account's username)";

    private final JdbcStaffUsers users;
    private final PasswordEncoder encoder;
    private final PasswordCheckGate gate;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final SignIn signIn;
    private final String dummyHash;

    PasswordAuthenticationProvider(JdbcStaffUsers users, PasswordEncoder encoder, PasswordCheckGate gate,
            LoginThrottle throttle, AuditTrail audit, SignIn signIn) {
        this.users = users;
        this.encoder = encoder;
        this.gate = gate;
        this.throttle = throttle;
        this.audit = audit;
        this.signIn = signIn;
        this.dummyHash = encoder.encode("no such account: a dummy password of the usual cost");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = LoginThrottle.key(authentication.getName());
        String address = clientAddress(authentication);
        Optional<java.time.Instant> blocked = throttle.passwordBlockedUntil(address, username);
        StaffPrincipal principal;
        try {
            principal = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            principal = null;
        }
        // what was typed is named on the trail only when it is an account's username: typed into the wrong box, a
        // password would otherwise stand on the audit page
        String who = principal == null ? UNKNOWN_USERNAME : username;
        if (blocked.isPresent()) {
            audit.recordFor(who, null, AuditAction.LOGIN_FAILED, null, List.of(), "sign-in delayed");
            throw new SignInDelayedException(blocked.get());
        }
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        boolean matches = gate.matches(encoder, password, principal == null ? dummyHash : principal.getPassword());
        if (principal == null || !matches || !principal.isEnabled()) {
            Optional<java.time.Instant> nowBlocked = throttle.recordPasswordFailure(address, username);
            audit.recordFor(who, null, nowBlocked.isPresent() ? AuditAction.ACCOUNT_LOCKED
                    : AuditAction.LOGIN_FAILED, null, List.of(), "wrong password, unknown user or disabled account");
            if (nowBlocked.isPresent()) {
                throw new SignInDelayedException(nowBlocked.get());
            }
            throw new BadCredentialsException("bad credentials");
        }
        throttle.passwordAccepted(address, username);
        principal.eraseCredentials();
        if (principal.demo() && !principal.mfaEnrolled()) {
            return signIn.fullAuthentication(principal);
        }
        return new MfaPendingAuthentication(principal);
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
