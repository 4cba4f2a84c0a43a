package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Second-factor secrets stored before encryption at rest are sealed at start, and their users still sign in. */
@HearthIntegrationTest
class SecretsAtRestTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SecondFactor secondFactor;
    @Autowired
    JdbcClient jdbc;

    @Test
    void plainSecretsAreSealedAndStillWork() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        assertThat(stored(user)).as("Fixtures stores it plain, as before encryption").isEqualTo(user.totpSecret());

        secondFactor.sealStoredSecrets();

        assertThat(stored(user)).startsWith(SecretBox.PREFIX).doesNotContain(user.totpSecret());
        WebSession web = new WebSession(port);
        assertThat(web.signIn(user).status()).isEqualTo(200);
        assertThat(web.get("/account").status()).isEqualTo(200);
    }

    private String stored(Fixtures.TestUser user) {
        return jdbc.sql("SELECT totp_secret FROM staff_user WHERE id = ?").param(user.user().id().value())
                .query(String.class).single();
    }
}
