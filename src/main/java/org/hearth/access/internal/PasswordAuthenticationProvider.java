package org.hearth.access.internal;

import java.util.List;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * First factor: the password, behind the lockout. A right password yields {@link MfaPendingAuthentication}
 * unless the account is a demo account without a second factor, which is signed in at once.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final SignIn signIn;

    PasswordAuthenticationProvider(JdbcStaffUsers users, PasswordEncoder encoder, LoginThrottle throttle,
            AuditTrail audit, SignIn signIn) {
        this.passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = LoginThrottle.key(authentication.getName());
        if (throttle.isLocked(username)) {
            audit.recordFor(username, null, AuditAction.LOGIN_FAILED, null, List.of(), "account locked");
            throw new LockedException("locked");
        }
        Authentication result;
        try {
            result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    authentication.getCredentials()));
        } catch (BadCredentialsException | DisabledException e) {
            boolean nowLocked = throttle.recordFailure(username);
            audit.recordFor(username, null, nowLocked ? AuditAction.ACCOUNT_LOCKED : AuditAction.LOGIN_FAILED, null,
                    List.of(), "wrong password or unknown user");
            if (nowLocked) {
                throw new LockedException("locked", e);
            }
            throw new BadCredentialsException("bad credentials", e);
        }
        throttle.clear(username);
        StaffPrincipal principal = (StaffPrincipal) result.getPrincipal();
        if (principal.demo() && !principal.mfaEnrolled()) {
            return signIn.fullAuthentication(principal);
        }
        return new MfaPendingAuthentication(principal);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
