package org.hearth.access.internal;

import static org.mockito.Mockito.mock;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * Hearth's real HTTP security policy ({@link SecurityConfiguration}: the route rules, CSRF, headers) for a web slice
 * ({@link org.hearth.support.HearthWebSlice}), with method security on as in the application (risk's configuration
 * enables it there). The sign-in machinery behind the chains is mocked (its {@code JdbcStaffUsers} mock is also the
 * slices' {@code StaffUsers}): a slice signs its caller in with
 * spring-security-test's {@code user(...)}, never through the login form, and no identity provider is configured.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
@EnableMethodSecurity
public class SliceSecurity {

    /** The slices' {@code StaffUsers} too (the web chain needs this class), reset after each test as a mock bean is. */
    @Bean
    JdbcStaffUsers jdbcStaffUsers() {
        return mock(JdbcStaffUsers.class, MockReset.withSettings(MockReset.AFTER));
    }

    @Bean
    LoginThrottle loginThrottle() {
        return mock(LoginThrottle.class);
    }

    @Bean
    PasswordCheckGate passwordCheckGate() {
        return new PasswordCheckGate(1, java.time.Duration.ofSeconds(1));
    }

    @Bean
    SignIn signIn() {
        return mock(SignIn.class);
    }

    @Bean
    SecretBox secretBox() {
        return mock(SecretBox.class);
    }

    @Bean
    OidcSettings oidcSettings() {
        return new OidcSettings(Map.of());
    }
}
