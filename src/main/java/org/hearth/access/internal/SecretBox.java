package org.hearth.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.platform.HearthSecretKey;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (second-factor secrets) with AES-256-GCM, so a copy of the database alone
 * does not let anyone mint sign-in codes. Each value is bound to the row it belongs to (associated data), so a
 * secret copied onto another user's row does not decrypt.
 *
 * <p>The key (32 bytes, base64) comes from {@code hearth.security.secret-key} ({@code HEARTH_SECRET_KEY}). With the
 * embedded database and no key set, a key is made once and kept beside the data directory (owner-only file); with
 * a temporary embedded database (the tests) a key lives for the run. With an external database the key must be
 * set: Hearth refuses to start without it rather than keep secrets readable.
 */
@Component
class SecretBox {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

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
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
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
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret does not decrypt with this key (owner " + owner + ")");
        }
    }

    static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The key is Hearth's secret key; see {@link HearthSecretKey} for where it is found or made. */
    private static byte[] keyFrom(Environment env) {
        return HearthSecretKey.load(env);
    }
}
