package org.hearth.access;

import java.util.Optional;

/** Length-based password rules (NCSC guidance: long passphrases, no composition rules). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; 64 characters keeps multi-byte passwords inside that. */
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** The problem with a proposed password, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.length() > MAX_LENGTH
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        return Optional.empty();
    }
}
