package org.hearth.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A secret kept in the database, sealed with AES-256-GCM (second-factor secrets, the MARAC transfer signing key):
 * {@code v1:} and the base64 of a fresh 12-byte nonce followed by the ciphertext and its 128-bit tag, bound to its
 * owner (the row's id, as associated data), so a value copied onto another row does not open. The key is the
 * caller's ({@link HearthSecretKey} or a key derived from it).
 */
public final class SecretSeal {

    /** What every sealed value starts with. */
    public static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretSeal() {
    }

    /** The sealed form of {@code plain}, bound to {@code owner}. */
    public static String seal(SecretKey key, String plain, String owner) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return PREFIX + Base64.getEncoder().encodeToString(out);
    }

    /**
     * The plain value of {@code sealed}; fails when it was sealed with another key or for another owner, was changed,
     * or is not a sealed value at all.
     */
    public static String open(SecretKey key, String sealed, String owner) throws GeneralSecurityException {
        if (!isSealed(sealed)) {
            throw new GeneralSecurityException("Not a sealed value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notSealed) { // not base64, or shorter than a nonce
            throw new GeneralSecurityException("Not a sealed value");
        }
    }

    /** Whether {@code stored} is a sealed value (a value stored before sealing was introduced is not). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
