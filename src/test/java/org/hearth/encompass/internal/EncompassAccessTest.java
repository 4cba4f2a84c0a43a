package org.hearth.encompass.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClientId;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads Operation Encompass, role by role with no database: the clock and attention list are the hub's, the
 * figures also the partnership's coordinators' and analysts', a notification only a key adult's; nobody signed in
 * and an API client are refused everything.
 */
class EncompassAccessTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static StaffPrincipal actAs(Role... roles) {
        StaffPrincipal p = new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "user", "A User",
                new AgencyId(UUID.randomUUID()), Set.of(roles), true, false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        return p;
    }

    static void actAsApiClient() {
        ApiClientPrincipal client = new ApiClientPrincipal(new ApiClientId(UUID.randomUUID()), "client",
                new AgencyId(UUID.randomUUID()), Set.of());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null, List.of()));
    }

    static final List<Role> HUB = List.of(Role.HUB_COORDINATOR, Role.SYSTEM_ADMIN);
    static final List<Role> FIGURES_ONLY = List.of(Role.PARTNERSHIP_COORDINATOR, Role.ANALYST);
    static final List<Role> NEITHER = List.of(Role.PRACTITIONER, Role.AGENCY_REPRESENTATIVE,
            Role.ESTABLISHMENT_CONTACT, Role.DISCLOSURE_TEAM, Role.INFORMATION_GOVERNANCE);

    @Test
    void theClockAndTheAttentionListAreTheHubsOnly() {
        assertThatThrownBy(EncompassAccess::requireHub).as("nobody").isInstanceOf(AccessDeniedException.class);
        actAsApiClient();
        assertThatThrownBy(EncompassAccess::requireHub).as("an API client").isInstanceOf(AccessDeniedException.class);
        for (Role role : HUB) {
            actAs(role);
            assertThatCode(EncompassAccess::requireHub).as(role.name()).doesNotThrowAnyException();
        }
        for (Role role : FIGURES_ONLY) {
            actAs(role);
            assertThatThrownBy(EncompassAccess::requireHub).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : NEITHER) {
            actAs(role);
            assertThatThrownBy(EncompassAccess::requireHub).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theListsThatNamePeopleAreHubCoordinatorsAlone() {
        assertThatThrownBy(EncompassAccess::requireHubCoordinator).as("nobody")
                .isInstanceOf(AccessDeniedException.class);
        actAsApiClient();
        assertThatThrownBy(EncompassAccess::requireHubCoordinator).as("an API client")
                .isInstanceOf(AccessDeniedException.class);
        actAs(Role.HUB_COORDINATOR);
        assertThatCode(EncompassAccess::requireHubCoordinator).doesNotThrowAnyException();
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.PARTNERSHIP_COORDINATOR, Role.ANALYST, Role.PRACTITIONER,
                Role.ESTABLISHMENT_CONTACT)) {
            actAs(role);
            assertThatThrownBy(EncompassAccess::requireHubCoordinator).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theFiguresAreTheHubsThePartnershipCoordinatorsAndTheAnalysts() {
        assertThatThrownBy(EncompassAccess::requireFigures).as("nobody").isInstanceOf(AccessDeniedException.class);
        actAsApiClient();
        assertThatThrownBy(EncompassAccess::requireFigures).as("an API client")
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : HUB) {
            actAs(role);
            assertThatCode(EncompassAccess::requireFigures).as(role.name()).doesNotThrowAnyException();
        }
        for (Role role : FIGURES_ONLY) {
            actAs(role);
            assertThatCode(EncompassAccess::requireFigures).as(role.name()).doesNotThrowAnyException();
        }
        for (Role role : NEITHER) {
            actAs(role);
            assertThatThrownBy(EncompassAccess::requireFigures).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aNotificationIsReadOnlyByAKeyAdult() {
        assertThatThrownBy(EncompassAccess::keyAdult).as("nobody").isInstanceOf(AccessDeniedException.class);
        actAsApiClient();
        assertThatThrownBy(EncompassAccess::keyAdult).as("an API client").isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.HUB_COORDINATOR, Role.SYSTEM_ADMIN, Role.PRACTITIONER, Role.ANALYST)) {
            actAs(role);
            assertThatThrownBy(EncompassAccess::keyAdult).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        StaffPrincipal me = actAs(Role.ESTABLISHMENT_CONTACT);
        assertThat(EncompassAccess.keyAdult()).isSameAs(me);
    }
}
