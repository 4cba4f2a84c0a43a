package org.hearth.access.internal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One password check of the kind a sign-in makes, for {@link SignInWarmUp}: the encoder's {@code matches} against
 * a dummy hash made by the same encoder (so the same algorithm and cost as real hashes), as
 * {@link PasswordAuthenticationProvider} does for an unknown username. No account, no throttle, no audit.
 */
@Component
class PasswordCheckWarmUp {

    private static final String DUMMY = "warm-up: no account has this password";

    private final PasswordEncoder encoder;
    private String dummyHash;

    PasswordCheckWarmUp(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Checks a wrong password against the dummy hash (made at the first call); true when it matched, never. */
    boolean checkOnce() {
        if (dummyHash == null) {
            dummyHash = encoder.encode(DUMMY);
        }
        return encoder.matches("warm-up: a wrong password", dummyHash);
    }
}
