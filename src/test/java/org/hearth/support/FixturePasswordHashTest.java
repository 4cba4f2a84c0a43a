package org.hearth.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.support.FixturePasswordHash.OnceForFixturePassword;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Only the fixtures' password is hashed once; every other password gets a fresh hash, and all are real bcrypt. */
class FixturePasswordHashTest {

    final OnceForFixturePassword encoder = new OnceForFixturePassword(
            PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void theFixturePasswordIsHashedOnceAndStillChecked() {
        String first = encoder.encode(Fixtures.PASSWORD);
        assertThat(encoder.encode(new StringBuilder(Fixtures.PASSWORD))).isEqualTo(first);
        assertThat(first).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder.matches(Fixtures.PASSWORD, first)).isTrue();
        assertThat(encoder.matches("correct horse battery staple", first)).isFalse();
    }

    @Test
    void everyOtherPasswordGetsAHashOfItsOwn() {
        String one = encoder.encode("Another-Secret-Phrase");
        String two = encoder.encode("Another-Secret-Phrase");
        assertThat(one).isNotEqualTo(two);
        assertThat(encoder.matches("Another-Secret-Phrase", one)).isTrue();
        assertThat(encoder.matches("Another-Secret-Phrase", two)).isTrue();
        assertThat(encoder.encode(Fixtures.PASSWORD + " ")).isNotEqualTo(encoder.encode(Fixtures.PASSWORD));
    }
}
