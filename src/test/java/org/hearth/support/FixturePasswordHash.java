package org.hearth.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The fixtures' one password ({@link Fixtures#PASSWORD}) hashed once per test context instead of once per user.
 * bcrypt is slow on purpose (tens to hundreds of milliseconds of a core) and the suite makes hundreds of users with
 * that password, so this was seconds of every test class's time spent making hashes no test looks at. Everything
 * else is the application's own encoder: every other password is hashed afresh (its own salt), and every sign-in
 * checks the stored hash with bcrypt as in production. Imported by {@link HearthIntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixturePasswordHash {

    @Bean
    static BeanPostProcessor hashTheFixturePasswordOnce() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder ? new OnceForFixturePassword(encoder) : bean;
            }
        };
    }

    /** The application's encoder, remembering the one hash it made of {@link Fixtures#PASSWORD}. */
    static final class OnceForFixturePassword implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private volatile String fixtureHash;

        OnceForFixturePassword(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence raw) {
            if (raw == null || !Fixtures.PASSWORD.contentEquals(raw)) {
                return encoder.encode(raw);
            }
            String hash = fixtureHash;
            if (hash == null) {
                hash = encoder.encode(raw);
                fixtureHash = hash;
            }
            return hash;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoder.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return encoder.upgradeEncoding(encoded);
        }
    }
}
