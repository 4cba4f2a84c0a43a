package org.hearth.access.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * How many sign-ins may check a password at once. A check is made slow on purpose (bcrypt takes hundreds of
 * milliseconds of a core), so a burst of sign-ins, at nine in the morning or from an attacker, would otherwise take
 * every core with hundreds of checks at once and stall every page. Checks beyond
 * {@code hearth.security.password-checks-at-once} (default: one a core) wait their turn, first come first served; one that has waited
 * {@code hearth.security.password-check-wait} is refused as {@link SignInBusyException}, whether or not the
 * account exists, before any password is looked at (nothing is counted against the account or the address).
 */
@Component
class PasswordCheckGate {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheckGate.class);

    private final Semaphore checks;
    private final Duration wait;

    PasswordCheckGate(@Value("${hearth.security.password-checks-at-once:0}") int atOnce,
            @Value("${hearth.security.password-check-wait:10s}") Duration wait) {
        this.checks = new Semaphore(atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors(), true);
        this.wait = wait;
    }

    /** {@code encoder.matches(raw, hash)} once a turn is free; refused as busy after the wait. */
    boolean matches(PasswordEncoder encoder, CharSequence raw, String hash) {
        try {
            if (!checks.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("sign-in refused as busy: {} password checks waiting", checks.getQueueLength());
                throw new SignInBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException();
        }
        try {
            return encoder.matches(raw, hash);
        } finally {
            checks.release();
        }
    }

    /** The turns themselves, for tests that hold them all. */
    Semaphore turns() {
        return checks;
    }
}
