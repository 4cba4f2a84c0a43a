package org.hearth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.access.Role;
import org.hearth.access.StaffUsers;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Managing users, including mistakes, logs no names, email addresses or passwords. */
@HearthIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdministrationLogPrivacyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffUsers users;

    @Test
    void userAdministrationLogsNoPersonalData(CapturedOutput output) {
        var admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        String agency = fixtures.agency("Log Privacy Agency").id().toString();
        WebSession web = new WebSession(port);
        web.signIn(admin);

        Page form = web.open("/admin/users/new");
        Page bad = Forms.post(web, form, "/admin/users", "username", "marigold.vexley", "displayName",
                "Marigold Vexley", "email", "marigold.vexley@", "agency", agency, "roles", "NOT_A_ROLE",
                "password", "Short-Secret");
        assertThat(bad.status()).isEqualTo(400);
        Page added = Forms.post(web, bad, "/admin/users", "username", "marigold.vexley", "displayName",
                "Marigold Vexley", "email", "marigold.vexley@example.org", "agency", agency, "roles", "PRACTITIONER",
                "enabled", "true", "password", "Quietly-Secret-Phrase", "reason", "Joins the IDVA team");
        assertThat(added.status()).isEqualTo(303);
        String userPage = added.location();
        web.open(userPage);
        web.post(URIPath.of(userPage) + "/password", Map.of("password", "Another-Secret-Phrase"));
        web.open(URIPath.of(userPage) + "/edit");
        web.post(URIPath.of(userPage) + "/edit", Map.of("displayName", "Marigold Vexley-Hart", "agency", agency,
                "roles", "ANALYST"));
        assertThat(web.open("/audit?actor=marigold.vexley").status()).isEqualTo(200);
        assertThat(users.all().stream().filter(u -> u.username().equals("marigold.vexley")).findFirst().orElseThrow()
                .displayName()).as("every step ran").isEqualTo("Marigold Vexley-Hart");

        assertThat(output.getAll())
                .doesNotContain("Marigold")
                .doesNotContain("marigold")
                .doesNotContain("Vexley")
                .doesNotContain("marigold.vexley@")
                .doesNotContain("Short-Secret")
                .doesNotContain("Quietly-Secret-Phrase")
                .doesNotContain("Another-Secret-Phrase");
    }

    /** The path of a Location header, which may be absolute. */
    private static final class URIPath {
        static String of(String location) {
            return java.net.URI.create(location).getPath();
        }
    }
}
