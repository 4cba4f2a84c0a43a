package org.hearth.access.internal;

import java.io.Serial;
import org.springframework.security.authentication.AuthenticationServiceException;

/** Too many sign-ins are checking passwords at once: try again in a few seconds (see {@link PasswordCheckGate}). */
class SignInBusyException extends AuthenticationServiceException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Seconds the sign-in page asks the browser to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** What the sign-in page says: the same for every username, existing or not. */
    static final String MESSAGE = "Hearth is busy signing other people in. Wait a few seconds and try again.";

    SignInBusyException() {
        super("sign-in busy");
    }
}
