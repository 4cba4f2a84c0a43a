package org.hearth.access.internal;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.platform.HearthSecretKey;
import org.hearth.platform.SecretSeal;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (second-factor secrets) with AES-256-GCM ({@link SecretSeal}), so a copy of
 * the database alone does not let anyone mint sign-in codes. Each value is bound to the row it belongs to
 * (associated data), so a secret copied onto another user's row does not decrypt.
 *
 * <p>The key (32 bytes, base64) comes from {@code hearth.security.secret-key} ({@code HEARTH_SECRET_KEY}). With the
 * embedded database and no key set, a key is made once and kept beside the data directory (owner-only file); with
 * a temporary embedded database (the tests) a key lives for the run. With an external database the key must be
 * set: Hearth refuses to start without it rather than keep secrets readable.
 */
@Component
class SecretBox {

    static final String PREFIX = SecretSeal.PREFIX;

    private final SecretKey key;

    @org.springframework.beans.factory.annotation.Autowired
    SecretBox(Environment env) {
        this(keyFrom(env));
    }

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("hearth.security.secret-key must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The sealed form of {@code plain}, bound to {@code owner} (e.g. the user's id). */
    String seal(String plain, String owner) {
        try {
            return SecretSeal.seal(key, plain, owner);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    /**
     * The plain value of a sealed one; a value stored before encryption (no prefix) is returned as it is. Fails when
     * the value was sealed with another key or for another owner.
     */
    String open(String stored, String owner) {
        if (!sealed(stored)) {
            return stored;
        }
        try {
            return SecretSeal.open(key, stored, owner);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret does not decrypt with this key (owner " + owner + ")");
        }
    }

    static boolean sealed(String stored) {
        return SecretSeal.isSealed(stored);
    }

    /** The key is Hearth's secret key; see {@link HearthSecretKey} for where it is found or made. */
    private static byte[] keyFrom(Environment env) {
        return HearthSecretKey.load(env);
    }
}
