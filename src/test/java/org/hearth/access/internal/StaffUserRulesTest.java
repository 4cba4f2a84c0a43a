package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.RoleGrant;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of staff users' roles, without a database ({@link StaffUserRules}). */
class StaffUserRulesTest {

    private static final StaffPrincipal ADMIN = staff("admin");
    private static final StaffPrincipal OTHER_ADMIN = staff("other");
    private static final StaffPrincipal USER = staff("user");

    private static StaffPrincipal staff(String name) {
        return new StaffPrincipal(StaffUserId.random(), name, name, AgencyId.random(), Set.of(), true, false, true,
                "hash");
    }

    private static RoleGrant pending(StaffPrincipal askedBy, StaffPrincipal forUser) {
        return new RoleGrant(UUID.randomUUID(), forUser.id(), forUser.displayName(), Role.PRACTITIONER,
                "Caseworker in the hub", askedBy.actorId(), askedBy.displayName(), Instant.now(), null, null, null);
    }

    @Test
    void rolesThatOpenRecordsWaitForApprovalWithAReason() {
        Set<Role> awaiting = StaffUserRules.awaitingApproval(Set.of(Role.ANALYST),
                Set.of(Role.ANALYST, Role.PRACTITIONER, Role.SYSTEM_ADMIN));
        assertThat(awaiting).containsExactly(Role.PRACTITIONER);
        assertThat(StaffUserRules.awaitingApproval(Set.of(Role.PRACTITIONER), Set.of(Role.PRACTITIONER)))
                .as("already held").isEmpty();
        assertThatThrownBy(() -> StaffUserRules.checkReason(awaiting, "")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Give the reason");
        StaffUserRules.checkReason(awaiting, "Caseworker in the hub");
        StaffUserRules.checkReason(Set.of(), "");
    }

    @Test
    void nobodyChangesTheirOwnRoles() {
        assertThatThrownBy(() -> StaffUserRules.checkNotOwnRoles(true, Set.of(Role.SYSTEM_ADMIN),
                Set.of(Role.SYSTEM_ADMIN, Role.PRACTITIONER))).isInstanceOf(InvalidInputException.class);
        StaffUserRules.checkNotOwnRoles(true, Set.of(Role.SYSTEM_ADMIN), Set.of(Role.SYSTEM_ADMIN));
        StaffUserRules.checkNotOwnRoles(false, Set.of(), Set.of(Role.PRACTITIONER));
    }

    @Test
    void onlyStaffChangeUsers() {
        Actor client = new Actor() {
            public UUID actorId() {
                return UUID.randomUUID();
            }

            public String actorName() {
                return "Police system";
            }

            public AgencyId agency() {
                return AgencyId.random();
            }

            public boolean hasRole(Role role) {
                return true;
            }

            public String displayName() {
                return "Police system";
            }

            @Override
            public boolean apiClient() {
                return true;
            }
        };
        assertThatThrownBy(() -> StaffUserRules.checkStaff(client, "staff")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StaffUserRules.checkStaff(null, "staff")).isInstanceOf(IllegalStateException.class);
        StaffUserRules.checkStaff(ADMIN, "staff");
    }

    @Test
    void fourEyes() {
        RoleGrant grant = pending(ADMIN, USER);
        StaffUserRules.checkDecider(grant, OTHER_ADMIN, Set.of(Role.SYSTEM_ADMIN));
        StaffUserRules.checkDecider(grant, OTHER_ADMIN, Set.of(Role.PARTNERSHIP_COORDINATOR));
        assertThatThrownBy(() -> StaffUserRules.checkDecider(grant, ADMIN, Set.of(Role.SYSTEM_ADMIN)))
                .as("the one who asked").isInstanceOf(IllegalStateException.class).hasMessageContaining("someone else");
        assertThatThrownBy(() -> StaffUserRules.checkDecider(grant, USER, Set.of(Role.SYSTEM_ADMIN)))
                .as("the user it is for").isInstanceOf(IllegalStateException.class).hasMessageContaining("yourself");
        assertThatThrownBy(() -> StaffUserRules.checkDecider(grant, OTHER_ADMIN, Set.of(Role.PRACTITIONER)))
                .as("not an approver").isInstanceOf(IllegalStateException.class).hasMessageContaining("may decide");
        assertThatThrownBy(() -> StaffUserRules.checkDecider(grant, null, Set.of()))
                .isInstanceOf(IllegalStateException.class);
        RoleGrant decided = new RoleGrant(grant.id(), grant.user(), grant.userName(), grant.role(), grant.reason(),
                grant.requestedBy(), grant.requestedByName(), grant.requestedAt(), "APPROVED", "other", Instant.now());
        assertThatThrownBy(() -> StaffUserRules.checkDecider(decided, OTHER_ADMIN, Set.of(Role.SYSTEM_ADMIN)))
                .hasMessage("This role has already been approved.");
    }

    @Test
    void theAuditEntrysWords() {
        assertThat(StaffUserRules.roleChange(Set.of(), Set.of(Role.ANALYST, Role.SYSTEM_ADMIN), Set.of(), ""))
                .isEqualTo("roles before: none; after: " + StaffUserRules.names(Set.of(Role.ANALYST, Role.SYSTEM_ADMIN)));
        assertThat(StaffUserRules.roleChange(Set.of(), Set.of(), Set.of(Role.PRACTITIONER), "Hub caseworker"))
                .isEqualTo("roles before: none; after: none; awaiting approval: PRACTITIONER; reason: Hub caseworker");
        RoleGrant grant = pending(ADMIN, USER);
        assertThat(StaffUserRules.decision(Set.of(), Set.of(Role.PRACTITIONER), true, grant))
                .isEqualTo("roles before: none; after: PRACTITIONER; approved PRACTITIONER asked for by admin (grant "
                        + grant.id() + ")");
        assertThat(StaffUserRules.blankToNull("  ")).isNull();
        assertThat(StaffUserRules.blankToNull(" a@example.org ")).isEqualTo("a@example.org");
    }

    @Test
    void aPasswordOutsideThePolicyIsRefusedOnItsField() {
        assertThatThrownBy(() -> StaffUserRules.checkPassword("newPassword", "short"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsOnlyKeys("newPassword"));
        assertThatThrownBy(() -> StaffUserRules.checkPassword("password", " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Enter a password");
        StaffUserRules.checkPassword("password", "a long enough passphrase for staff");
    }

    @Test
    void aCallerWithNoIdChangesNoUser() {
        assertThatThrownBy(() -> StaffUserRules.checkStaff(new org.hearth.support.TestActor(null, AgencyId.random(),
                Set.of(Role.SYSTEM_ADMIN), false), "Only staff")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Only staff");
    }

    @Test
    void aRefusedGrantIsAuditedAsRefused() {
        RoleGrant grant = pending(ADMIN, USER);
        assertThat(StaffUserRules.decision(Set.of(Role.ANALYST), Set.of(Role.ANALYST), false, grant))
                .isEqualTo("roles before: ANALYST; after: ANALYST; refused PRACTITIONER asked for by admin (grant "
                        + grant.id() + ")");
        assertThat(StaffUserRules.blankToNull(null)).isNull();
    }
}
