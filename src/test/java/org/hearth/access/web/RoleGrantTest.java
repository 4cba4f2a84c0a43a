package org.hearth.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.hearth.platform.InvalidInputException;
import org.hearth.access.Role;
import org.hearth.access.RoleGrant;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUsers;
import org.hearth.admin.Forms;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, point 3: no administrator changes their own roles; a role that opens people's records needs a reason
 * and a second person's approval before it starts; the audit holds the roles before and after.
 */
@HearthIntegrationTest
class RoleGrantTest {

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

    @BeforeEach
    void signInAsAdministrator() {
        admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        web = new WebSession(port);
        web.signIn(admin);
    }

    @Test
    void anAdministratorCannotGiveThemselvesTheHubCoordinatorRole() {
        String edit = "/admin/users/" + admin.user().id() + "/edit";
        Page page = Forms.post(web, web.open(edit), edit, "displayName", admin.user().displayName(), "agency",
                admin.user().agency().toString(), "roles", "SYSTEM_ADMIN", "roles", "HUB_COORDINATOR", "_roles", "on",
                "enabled", "true", "_enabled", "on", "reason", "I run the hub now");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("You cannot change your own roles");
        assertThat(users.find(admin.user().id()).orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(users.pendingRoleGrants(admin.user().id())).isEmpty();
    }

    @Test
    void theServiceRefusesSelfChangesWhateverThePageDoes() {
        StaffUser me = admin.user();
        StaffPrincipal principal = principal(me);
        assertThatThrownBy(() -> users.changeRoles(me.id(), details(me, Set.of(Role.SYSTEM_ADMIN, Role.PRACTITIONER)),
                null, principal, "because")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("You cannot change your own roles");
        assertThat(users.find(me.id()).orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void aPersonDataRoleNeedsAReasonAndASecondPersonsApproval() {
        TestUser someone = fixtures.enrolledUser(Role.ANALYST);
        String edit = "/admin/users/" + someone.user().id() + "/edit";

        Page noReason = Forms.post(web, web.open(edit), edit, "displayName", someone.user().displayName(), "agency",
                someone.user().agency().toString(), "roles", "ANALYST", "roles", "HUB_COORDINATOR", "_roles", "on",
                "enabled", "true", "_enabled", "on", "reason", " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(Forms.fieldError(noReason, "reason")).contains("Give the reason");
        assertThat(users.pendingRoleGrants(someone.user().id())).isEmpty();

        Page saved = Forms.post(web, noReason, edit, "displayName", someone.user().displayName(), "agency",
                someone.user().agency().toString(), "roles", "ANALYST", "roles", "HUB_COORDINATOR", "_roles", "on",
                "enabled", "true", "_enabled", "on", "reason", "Covers the hub while the coordinator is on leave");
        assertThat(saved.status()).as(String.valueOf(saved.errorSummary())).isEqualTo(303);
        assertThat(Forms.successBanner(web.open(saved.location()))).contains("waits for another administrator");
        assertThat(users.find(someone.user().id()).orElseThrow().roles()).as("not yet: it waits")
                .containsExactly(Role.ANALYST);
        RoleGrant grant = users.pendingRoleGrants(someone.user().id()).get(0);
        assertThat(grant.role()).isEqualTo(Role.HUB_COORDINATOR);
        assertThat(lastAuditReason(someone)).isEqualTo("roles before: ANALYST; after: ANALYST; awaiting approval: "
                + "HUB_COORDINATOR; reason: Covers the hub while the coordinator is on leave");

        // the one who asked sees it but may not approve it
        Page list = web.open("/role-grants");
        assertThat(list.html().select("#pending tr[data-grant-id=" + grant.id() + "]").text())
                .contains("Covers the hub", "Someone else must decide");
        Page selfApproved = web.post("/role-grants/" + grant.id() + "/approve", java.util.Map.of());
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.errorSummary()).contains("someone else must approve it");
        assertThat(users.find(someone.user().id()).orElseThrow().roles()).containsExactly(Role.ANALYST);

        // a second administrator approves
        TestUser second = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        WebSession theirs = new WebSession(port);
        theirs.signIn(second);
        theirs.open("/role-grants");
        Page approved = theirs.post("/role-grants/" + grant.id() + "/approve", java.util.Map.of());
        assertThat(approved.status()).isEqualTo(303);
        assertThat(users.find(someone.user().id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ANALYST, Role.HUB_COORDINATOR);
        assertThat(lastAuditReason(someone)).startsWith("roles before: ANALYST; after: HUB_COORDINATOR,ANALYST; "
                + "approved HUB_COORDINATOR asked for by " + admin.username());
        assertThat(theirs.open("/role-grants").html().select("#decided").text()).contains("Approved by");
    }

    @Test
    void theUserItIsForCannotApproveIt() {
        TestUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        StaffUser them = coordinator.user();
        users.changeRoles(them.id(), details(them, Set.of(Role.PARTNERSHIP_COORDINATOR, Role.PRACTITIONER)), null,
                principal(admin.user()), "Works cases too");
        RoleGrant grant = users.pendingRoleGrants(them.id()).get(0);
        assertThatThrownBy(() -> users.decideRoleGrant(grant.id(), true, principal(them)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("yourself");
        assertThat(users.find(them.id()).orElseThrow().roles()).containsExactly(Role.PARTNERSHIP_COORDINATOR);
    }

    @Test
    void onlyAdministratorsAndPartnershipCoordinatorsDecide() {
        TestUser someone = fixtures.enrolledUser(Role.ANALYST);
        users.changeRoles(someone.user().id(), details(someone.user(), Set.of(Role.ANALYST, Role.PRACTITIONER)), null,
                principal(admin.user()), "Starts casework");
        RoleGrant grant = users.pendingRoleGrants(someone.user().id()).get(0);
        TestUser hub = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        assertThatThrownBy(() -> users.decideRoleGrant(grant.id(), true, principal(hub.user())))
                .isInstanceOf(IllegalStateException.class);
        WebSession hubWeb = new WebSession(port);
        hubWeb.signIn(hub);
        assertThat(hubWeb.get("/role-grants").status()).isEqualTo(403);

        TestUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        WebSession coordinatorWeb = new WebSession(port);
        coordinatorWeb.signIn(coordinator);
        coordinatorWeb.open("/role-grants");
        assertThat(coordinatorWeb.post("/role-grants/" + grant.id() + "/refuse", java.util.Map.of()).status())
                .isEqualTo(303);
        assertThat(users.find(someone.user().id()).orElseThrow().roles()).containsExactly(Role.ANALYST);
        assertThat(users.pendingRoleGrants(someone.user().id())).isEmpty();
        assertThat(lastAuditReason(someone)).contains("refused PRACTITIONER");
    }

    @Test
    void aNewUserWithAPersonDataRoleWaitsToo() {
        String username = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Page form = web.open("/admin/users/new");
        Page saved = Forms.post(web, form, "/admin/users", "username", username, "displayName", "New Worker",
                "agency", admin.user().agency().toString(), "roles", "PRACTITIONER", "_roles", "on", "enabled", "true",
                "_enabled", "on", "password", "a long enough passphrase", "reason", "New starter in the IDVA team");
        assertThat(saved.status()).as(String.valueOf(saved.errorSummary())).isEqualTo(303);
        StaffUser created = users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(created.roles()).isEmpty();
        assertThat(users.pendingRoleGrants(created.id())).extracting(RoleGrant::role).containsExactly(Role.PRACTITIONER);
    }

    @Test
    void rolesWithoutPersonDataApplyAtOnceAndRemovalsToo() {
        TestUser someone = fixtures.enrolledUser(Role.PRACTITIONER);
        users.changeRoles(someone.user().id(), details(someone.user(), Set.of(Role.ANALYST)), null,
                principal(admin.user()), null);
        assertThat(users.find(someone.user().id()).orElseThrow().roles()).containsExactly(Role.ANALYST);
        assertThat(lastAuditReason(someone)).isEqualTo("roles before: PRACTITIONER; after: ANALYST");
    }

    private String lastAuditReason(TestUser user) {
        return jdbc.sql("SELECT reason FROM audit_event WHERE record_type = 'staff-user' AND ? = ANY(record_ids) "
                + "AND reason LIKE 'roles before:%' ORDER BY id DESC LIMIT 1") // id: insertion order (seq is given when chained)
                .param(user.user().id().toString()).query(String.class).single();
    }

    private static StaffUserDetails details(StaffUser user, Set<Role> roles) {
        return new StaffUserDetails(user.username(), user.displayName(), user.email(), user.agency(), roles,
                user.enabled());
    }

    private static StaffPrincipal principal(StaffUser user) {
        return new StaffPrincipal(user.id(), user.username(), user.displayName(), user.agency(), user.roles(),
                true, false, true, null);
    }
}
