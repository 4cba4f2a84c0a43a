package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link AccessRules} alone: what may be granted, who acts, who decides allocations. No Spring, no database. */
class AccessRulesTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHubGroundIsNeverGrantedAndEveryOtherGroundMayBe() {
        assertThatThrownBy(() -> AccessRules.requireGrantable(AccessGround.HUB))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub ground");
        for (AccessGround ground : AccessGround.values()) {
            if (ground != AccessGround.HUB) {
                assertThatCode(() -> AccessRules.requireGrantable(ground, AccessScope.RECORD,
                        GrantHolder.agency(PeopleGuardsTest.AGENCY))).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void safeContactIsGrantedToANamedMemberOfStaffOnly() {
        GrantHolder user = GrantHolder.user(new StaffUserId(UUID.randomUUID()));
        assertThatCode(() -> AccessRules.requireGrantable(AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, user))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireGrantable(AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT,
                GrantHolder.agency(PeopleGuardsTest.AGENCY))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("named member of staff");
        assertThatThrownBy(() -> AccessRules.requireGrantable(AccessGround.HUB, AccessScope.SAFE_CONTACT, user))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub ground");
    }

    @Test
    void onlyAHubCoordinatorDecidesAllocationsAndNeverTheirOwn() {
        assertThatThrownBy(AccessRules::requireHub).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not signed in");
        PeopleGuardsTest.signInAs(Role.PRACTITIONER, Role.SYSTEM_ADMIN);
        assertThatThrownBy(AccessRules::requireHub).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Hub coordinators decide allocations");
        StaffPrincipal hub = PeopleGuardsTest.signInAs(Role.HUB_COORDINATOR);
        assertThat(AccessRules.requireHub()).isSameAs(hub);
        assertThatThrownBy(() -> AccessRules.requireNotOwn(hub.id(), hub)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Nobody decides their own allocation");
        assertThatCode(() -> AccessRules.requireNotOwn(new StaffUserId(UUID.randomUUID()), hub))
                .doesNotThrowAnyException();
    }

    @Test
    void anApiClientIsNoMemberOfStaff() {
        PeopleGuardsTest.signInAsApiClient();
        assertThat(AccessRules.me().apiClient()).isTrue();
        assertThatThrownBy(AccessRules::staff).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only staff can do this");
        StaffPrincipal me = PeopleGuardsTest.signInAs(Role.PRACTITIONER);
        assertThat(AccessRules.staff()).isSameAs(me);
    }

    @Test
    void aRefusalsReasonIsTrimmedBlankIsNoneAndItIsCutAt2000Characters() {
        assertThat(AccessRules.refusalReason(null)).isNull();
        assertThat(AccessRules.refusalReason("   ")).isNull();
        assertThat(AccessRules.refusalReason("  no ground  ")).isEqualTo("no ground");
        assertThat(AccessRules.refusalReason("x".repeat(2000))).hasSize(2000);
        assertThat(AccessRules.refusalReason(" " + "y".repeat(2001) + " ")).isEqualTo("y".repeat(2000));
    }

    @Test
    void aGrantIsAuditedWithItsGroundScopeAndHolderByIdOnly() {
        StaffUserId user = new StaffUserId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
        assertThat(AccessRules.granted(AccessGround.REFERRER, AccessScope.RECORD,
                GrantHolder.agency(PeopleGuardsTest.AGENCY)))
                .isEqualTo("REFERRER RECORD to agency 00000000-0000-0000-0000-0000000000a1");
        assertThat(AccessRules.granted(AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, GrantHolder.user(user)))
                .isEqualTo("ALLOCATED SAFE_CONTACT to user 00000000-0000-0000-0000-0000000000b2");
    }
}
