package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Secrets sealed at rest: AES-256-GCM, bound to their owner, in the format the database already holds. */
class SecretSealTest {

    private static SecretKey key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return new SecretKeySpec(key, "AES");
    }

    @Test
    void sealsSoTheValueIsNotReadableAndOpensForTheSameOwner() throws Exception {
        String sealed = SecretSeal.seal(key(1), "JBSWY3DPEHPK3PXP", "user-1");
        assertThat(sealed).startsWith(SecretSeal.PREFIX).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(SecretSeal.isSealed(sealed)).isTrue();
        assertThat(SecretSeal.seal(key(1), "JBSWY3DPEHPK3PXP", "user-1")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(SecretSeal.open(key(1), sealed, "user-1")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    /**
     * A value sealed by another AES-GCM implementation (Python's {@code cryptography}, nonce 0..11, key 32 bytes of
     * 1, owner "user-1" as associated data): what second-factor secrets and the MARAC signing key look like in a
     * database written before this class, so those still open.
     */
    @Test
    void opensTheFormatAlreadyStored() throws Exception {
        assertThat(SecretSeal.open(key(1), "v1:AAECAwQFBgcICQoL8eTGcXnNQim7IrePEzmQ86BvgtFnvNRL/mc/NjwgdOs=",
                "user-1")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aValueMovedToAnotherOwnerReadWithAnotherKeyOrChangedDoesNotOpen() throws Exception {
        String sealed = SecretSeal.seal(key(1), "JBSWY3DPEHPK3PXP", "user-1");
        assertThatThrownBy(() -> SecretSeal.open(key(1), sealed, "user-2")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> SecretSeal.open(key(2), sealed, "user-1")).isInstanceOf(GeneralSecurityException.class);
        int at = SecretSeal.PREFIX.length() + 24; // a character of the ciphertext
        String changed = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> SecretSeal.open(key(1), changed, "user-1")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void whatIsNotASealedValueIsRefusedAsSuch() {
        assertThat(SecretSeal.isSealed("JBSWY3DPEHPK3PXP")).isFalse();
        assertThat(SecretSeal.isSealed(null)).isFalse();
        for (String notSealed : new String[] {"JBSWY3DPEHPK3PXP", "v1:not base64!", "v1:AAEC", "v1:"}) {
            assertThatThrownBy(() -> SecretSeal.open(key(1), notSealed, "user-1")).as(notSealed)
                    .isInstanceOf(GeneralSecurityException.class);
        }
    }
}
