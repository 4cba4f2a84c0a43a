package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in, failing, locking out and changing a password log nothing that identifies a person. */
@HearthIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void noNamesPasswordsOrCodesInTheLogs(CapturedOutput output) {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.open("/login");
        web.post("/login", Map.of("username", user.username(), "password", "Secret-Wrong-Passphrase"));
        web.signIn(user);
        web.get("/account");
        web.post("/account/password", Map.of("currentPassword", user.password(), "newPassword", "Another-Secret-Phrase",
                "confirmPassword", "Another-Secret-Phrase"));
        for (int i = 0; i < 6; i++) {
            web.post("/login", Map.of("username", "locked-out-person", "password", "Guess-" + i));
        }

        assertThat(output.getAll())
                .doesNotContain(user.user().displayName())
                .doesNotContain("Secret-Wrong-Passphrase")
                .doesNotContain("Another-Secret-Phrase")
                .doesNotContain(user.password())
                .doesNotContain(user.totpSecret())
                .doesNotContain("Guess-");
    }
}
