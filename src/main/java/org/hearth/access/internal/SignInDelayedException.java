package org.hearth.access.internal;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins: the next try must wait until {@link #until()}. */
class SignInDelayedException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant until;

    SignInDelayedException(Instant until) {
        super("sign-in delayed");
        this.until = until;
    }

    Instant until() {
        return until;
    }

    /** Whole seconds to wait, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
    }

    /** What the sign-in page says: the same for every username, existing or not. */
    static String message(long seconds) {
        long minutes = (seconds + 59) / 60;
        return "There have been too many failed sign-in attempts. Wait " + (minutes <= 1 ? "1 minute"
                : minutes + " minutes") + " before trying again, or ask your administrator to unlock your account.";
    }
}
