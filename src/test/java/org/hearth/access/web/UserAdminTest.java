package org.hearth.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.admin.Forms;
import org.hearth.partnership.Agency;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators add, change, unlock and reset users through the pages, and each user page read is audited. */
@HearthIntegrationTest
class UserAdminTest {

    private static final String NEW_PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffUsers users;
    @Autowired
    JdbcClient jdbc;

    TestUser admin;
    WebSession web;
    Agency agency;

    @BeforeEach
    void signInAsAdministrator() {
        admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        agency = fixtures.agency("User Admin Test Agency");
        web = new WebSession(port);
        web.signIn(admin);
    }

    @Test
    void addedUserIsListedAndEnrolsASecondFactorAtFirstSignIn() {
        String username = unique("j.okonkwo");
        Page list = web.open("/admin/users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select(".govuk-service-navigation__link").eachText()).contains("Users");

        Page form = web.open("/admin/users/new");
        assertThat(form.html().title()).startsWith("Add a user");
        assertThat(form.html().select("input[name=roles]")).hasSize(Role.values().length);
        assertThat(form.html().selectFirst("#roles-hint").text()).isEqualTo("Select all that apply.");
        assertThat(form.html().select(".govuk-checkboxes__hint").eachText())
                .contains(Role.PRACTITIONER.description());
        assertThat(form.html().selectFirst("#password-hint").text()).contains("12 to 64 characters")
                .contains("second factor");
        assertThat(form.html().selectFirst("#enabled").hasAttr("checked")).as("enabled by default").isTrue();

        Page saved = Forms.post(web, form, "/admin/users", "username", " " + username.toUpperCase() + " ",
                "displayName", "Jo Okonkwo", "email", "jo@example.org", "agency", agency.id().toString(),
                "roles", "PARTNERSHIP_COORDINATOR", "roles", "ANALYST", "_roles", "on", "enabled", "true", "_enabled", "on",
                "password", NEW_PASSWORD);
        assertThat(saved.status()).as(String.valueOf(saved.errorSummary())).isEqualTo(303);
        StaffUser created = users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(saved.location()).endsWith("/admin/users/" + created.id());
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.PARTNERSHIP_COORDINATOR, Role.ANALYST);
        assertThat(created.email()).isEqualTo("jo@example.org");

        Page page = web.open(saved.location());
        assertThat(Forms.successBanner(page)).contains("The user has been added");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Jo Okonkwo");
        assertThat(summary(page, "Roles")).isEqualTo("Partnership coordinator, Analyst");
        assertThat(summary(page, "Agency")).isEqualTo(agency.name());

        Element row = userRow(web.open("/admin/users"), created.id());
        assertThat(row.selectFirst("th a").text()).isEqualTo("Jo Okonkwo");
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/admin/users/" + created.id());
        assertThat(row.select("td").eachText()).startsWith(username, agency.name(), "Partnership coordinator, Analyst");
        assertThat(row.select(".govuk-tag").eachText()).containsExactly("Active", "No second factor");

        Page enrol = new WebSession(port).signIn(username, NEW_PASSWORD);
        assertThat(enrol.html().title()).startsWith("Set up your authenticator app");
    }

    /** The add form's other refusals (blank, unbound, an unknown agency): {@code UserAdminSliceTest}, no database. */
    @Test
    void aUsernameAlreadyTakenIsRefusedOnTheUsername() {
        Page form = web.open("/admin/users/new");
        Page taken = Forms.post(web, form, "/admin/users", "username", admin.username(), "displayName",
                "Someone Else", "agency", agency.id().toString(), "roles", "ANALYST", "password", NEW_PASSWORD);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.errorSummary()).contains("That username is already taken");
        assertThat(Forms.fieldError(taken, "username")).contains("already taken");
    }

    @Test
    void rolesAndDetailsCanBeChangedAndTheUserIsSignedOut() {
        TestUser someone = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession theirs = new WebSession(port);
        assertThat(theirs.signIn(someone).status()).isEqualTo(200);

        Page form = web.open("/admin/users/" + someone.user().id() + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().title()).startsWith("Change " + someone.user().displayName());
        assertThat(form.html().selectFirst("#username").text()).isEqualTo(someone.username());
        assertThat(form.html().select("input[name=username], input[name=password]")).isEmpty();
        assertThat(form.html().selectFirst("input[name=roles][value=PRACTITIONER]").hasAttr("checked")).isTrue();
        assertThat(form.html().selectFirst("#displayName").attr("value")).isEqualTo(someone.user().displayName());

        Page saved = Forms.post(web, form, "/admin/users/" + someone.user().id() + "/edit", "displayName",
                "Renamed Person", "email", "", "agency", someone.user().agency().toString(), "roles",
                "PARTNERSHIP_COORDINATOR", "roles", "ANALYST", "_roles", "on", "enabled", "true", "_enabled", "on");
        assertThat(saved.status()).as(String.valueOf(saved.errorSummary())).isEqualTo(303);
        Page page = web.open(saved.location());
        assertThat(Forms.successBanner(page)).contains("updated");
        assertThat(summary(page, "Roles")).isEqualTo("Partnership coordinator, Analyst");
        assertThat(summary(page, "Full name")).isEqualTo("Renamed Person");
        StaffUser after = users.find(someone.user().id()).orElseThrow();
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.PARTNERSHIP_COORDINATOR, Role.ANALYST);
        assertThat(after.username()).isEqualTo(someone.username());
        assertThat(theirs.get("/").status()).as("their old session with the old roles has ended").isNotEqualTo(200);

        Page noRoles = Forms.post(web, page, "/admin/users/" + someone.user().id() + "/edit", "displayName",
                "Renamed Person", "agency", someone.user().agency().toString(), "_roles", "on", "_enabled", "on");
        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.errorSummary()).contains("Select at least one role");
    }

    @Test
    void disablingAUserStopsTheirSessionAndTheirSignIn() {
        TestUser someone = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession theirs = new WebSession(port);
        assertThat(theirs.signIn(someone).status()).isEqualTo(200);

        Page form = web.open("/admin/users/" + someone.user().id() + "/edit");
        Page saved = Forms.post(web, form, "/admin/users/" + someone.user().id() + "/edit", "displayName",
                someone.user().displayName(), "agency", someone.user().agency().toString(), "roles", "PRACTITIONER",
                "_roles", "on", "_enabled", "on");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(users.find(someone.user().id()).orElseThrow().enabled()).isFalse();
        assertThat(theirs.get("/").status()).isNotEqualTo(200);
        Page list = web.open("/admin/users");
        assertThat(userRow(list, someone.user().id()).select(".govuk-tag").eachText()).contains("Disabled");
        assertThat(new WebSession(port).signIn(someone.username(), someone.password()).status()).isEqualTo(401);
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        Page form = web.open("/admin/users/" + admin.user().id() + "/edit");
        Page page = Forms.post(web, form, "/admin/users/" + admin.user().id() + "/edit", "displayName",
                admin.user().displayName(), "agency", admin.user().agency().toString(), "roles", "ANALYST",
                "_roles", "on", "_enabled", "on");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("You cannot disable your own account",
                "You cannot change your own roles");
        assertThat(users.find(admin.user().id()).orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void lockedUserIsUnlockedAndCanSignIn() {
        TestUser someone = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession theirs = new WebSession(port);
        theirs.open("/login");
        for (int i = 0; i < 5; i++) {
            theirs.post("/login", Map.of("username", someone.username(), "password", "wrong guess " + i));
        }
        assertThat(theirs.post("/login", Map.of("username", someone.username(), "password", someone.password()))
                .status()).isEqualTo(429);

        Page list = web.open("/admin/users");
        assertThat(userRow(list, someone.user().id()).select(".govuk-tag").eachText()).contains("Locked");
        Page page = web.open("/admin/users/" + someone.user().id());
        assertThat(page.html().select("#status .govuk-tag").eachText()).contains("Locked");
        assertThat(page.html().select("#unlock button").text()).isEqualTo("Unlock account");

        Page unlocked = web.post("/admin/users/" + someone.user().id() + "/unlock", Map.of());
        assertThat(unlocked.status()).isEqualTo(303);
        Page after = web.open(unlocked.location());
        assertThat(Forms.successBanner(after)).contains("unlocked");
        assertThat(after.html().select("#unlock")).isEmpty();
        assertThat(users.find(someone.user().id()).orElseThrow().locked()).isFalse();

        Page home = new WebSession(port).signIn(someone);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().title()).startsWith("Home");
    }

    @Test
    void resetSecondFactorMakesThemEnrolAgain() {
        TestUser someone = fixtures.enrolledUser(Role.PRACTITIONER);
        Page page = web.open("/admin/users/" + someone.user().id());
        assertThat(summary(page, "Second factor")).isEqualTo("Set up");

        Page reset = web.post("/admin/users/" + someone.user().id() + "/reset-second-factor", Map.of());
        assertThat(reset.status()).isEqualTo(303);
        Page after = web.open(reset.location());
        assertThat(Forms.successBanner(after)).contains("second factor has been reset");
        assertThat(after.html().select("#status .govuk-tag").eachText()).contains("No second factor");
        assertThat(users.find(someone.user().id()).orElseThrow().mfaEnrolled()).isFalse();
        assertThat(auditCount("MFA_RESET", someone.user().id())).isEqualTo(1);

        Page enrol = new WebSession(port).signIn(someone.username(), someone.password());
        assertThat(enrol.html().title()).startsWith("Set up your authenticator app");
    }

    @Test
    void newPasswordMustMeetThePolicyAndThenWorks() {
        TestUser someone = fixtures.newUser(Role.ANALYST);
        String path = "/admin/users/" + someone.user().id();
        web.open(path);
        Page tooShort = web.post(path + "/password", Map.of("password", "too short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.html().title()).startsWith("Error: ");
        assertThat(tooShort.errorSummary()).contains("Password must be 12 characters or more");
        assertThat(tooShort.html().selectFirst("#password").hasClass("govuk-input--error")).isTrue();
        assertThat(tooShort.html().selectFirst("h1").text()).isEqualTo(someone.user().displayName());

        Page set = web.post(path + "/password", Map.of("password", NEW_PASSWORD));
        assertThat(set.status()).isEqualTo(303);
        assertThat(Forms.successBanner(web.open(set.location()))).contains("new password has been set");

        assertThat(new WebSession(port).signIn(someone.username(), someone.password()).status()).isEqualTo(401);
        assertThat(new WebSession(port).signIn(someone.username(), NEW_PASSWORD).html().title())
                .startsWith("Set up your authenticator app");
    }

    @Test
    void viewingAUserPageIsAuditedAsARead() {
        TestUser someone = fixtures.newUser(Role.ANALYST);
        assertThat(auditCount("READ", someone.user().id())).isZero();
        Page page = web.open("/admin/users/" + someone.user().id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(summary(page, "Username")).isEqualTo(someone.username());
        assertThat(auditCount("READ", someone.user().id())).isEqualTo(1);
        String actor = jdbc.sql("SELECT actor_name FROM audit_event WHERE action = 'READ' AND record_type = 'staff-user' "
                + "AND ? = ANY(record_ids)").param(someone.user().id().toString()).query(String.class).single();
        assertThat(actor).isEqualTo(admin.username());
    }

    @Test
    void missingOrMalformedUsersGiveA4xxPage() {
        Page missing = Forms.browse(web, "/admin/users/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html().selectFirst("h1").text()).isEqualTo("Page not found");
        Page malformed = Forms.browse(web, "/admin/users/not-a-uuid/edit");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        web.open("/admin/users");
        assertThat(web.post("/admin/users/" + UUID.randomUUID() + "/unlock", Map.of()).status()).isEqualTo(404);
    }

    private int auditCount(String action, StaffUserId id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND record_type = 'staff-user' "
                + "AND ? = ANY(record_ids)").params(action, id.toString()).query(Integer.class).single();
    }

    private static String summary(Page page, String key) {
        return page.html().select(".govuk-summary-list__row").stream()
                .filter(r -> r.selectFirst(".govuk-summary-list__key").text().equals(key))
                .map(r -> r.selectFirst(".govuk-summary-list__value").text()).findFirst()
                .orElseThrow(() -> new AssertionError("no summary row " + key));
    }

    private static Element userRow(Page page, StaffUserId id) {
        Element row = page.html().selectFirst("#users tr[data-user-id=" + id + "]");
        assertThat(row).as("user listed").isNotNull();
        return row;
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }
}
