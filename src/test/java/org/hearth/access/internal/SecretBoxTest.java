package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SecretBoxTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void sealsSoTheValueIsNotReadableAndOpensForTheSameOwner() {
        SecretBox box = new SecretBox(key(1));
        String sealed = box.seal("JBSWY3DPEHPK3PXP", "user-1");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.seal("JBSWY3DPEHPK3PXP", "user-1")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed, "user-1")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aSecretMovedToAnotherRowOrReadWithAnotherKeyDoesNotOpen() {
        String sealed = new SecretBox(key(1)).seal("JBSWY3DPEHPK3PXP", "user-1");
        assertThatThrownBy(() -> new SecretBox(key(1)).open(sealed, "user-2")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> new SecretBox(key(2)).open(sealed, "user-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueStoredBeforeEncryptionIsReadAsItIs() {
        assertThat(new SecretBox(key(1)).open("JBSWY3DPEHPK3PXP", "user-1")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredKey() {
        var env = new MockEnvironment().withProperty("HEARTH_DB_URL", "jdbc:postgresql://db/hearth");
        assertThatThrownBy(() -> new SecretBox(env)).hasMessageContaining("HEARTH_SECRET_KEY");
    }

    @Test
    void theEmbeddedDatabaseKeepsOneKeyBesideItsData(@TempDir Path dir) throws Exception {
        var env = new MockEnvironment().withProperty("hearth.embedded-db.data-dir", dir.resolve("pgdata").toString());
        String sealed = new SecretBox(env).seal("JBSWY3DPEHPK3PXP", "user-1");
        assertThat(Files.readString(dir.resolve("secret-key"))).isNotBlank();
        assertThat(Files.getPosixFilePermissions(dir.resolve("secret-key"))).hasSize(2);
        assertThat(new SecretBox(env).open(sealed, "user-1")).as("the same key after a restart").isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithAClearMessage() {
        var env = new MockEnvironment().withProperty("hearth.security.secret-key", "c2hvcnQ=");
        assertThatThrownBy(() -> new SecretBox(env)).hasMessageContaining("32 bytes");
    }
}
