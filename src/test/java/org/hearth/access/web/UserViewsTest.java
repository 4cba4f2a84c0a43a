package org.hearth.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.RoleGrant;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Sector;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.junit.jupiter.api.Test;

/** The user administration pages' words and rows, without a request or a database. */
class UserViewsTest {

    static final Agency OPEN = new Agency(new AgencyId(UUID.randomUUID()), "Open Refuge", Sector.values()[0], false,
            null, true);
    static final Agency CLOSED = new Agency(new AgencyId(UUID.randomUUID()), "Closed Service", Sector.values()[0],
            false, null, false);

    static StaffUser user(AgencyId agency, boolean mfa, boolean demo, Instant lastLogin) {
        return new StaffUser(new StaffUserId(UUID.randomUUID()), "sam", "Sam Example", null, agency,
                Set.of(Role.SYSTEM_ADMIN, Role.ANALYST), true, demo, mfa, false, lastLogin);
    }

    @Test
    void aRowNamesTheAgencyAndTheRolesInOrder() {
        StaffUser u = user(OPEN.id(), true, false, null);
        UserViews.UserRow row = UserViews.row(u, Map.of(OPEN.id(), "Open Refuge"));
        assertThat(row.agency()).isEqualTo("Open Refuge");
        assertThat(row.roles()).isEqualTo(Role.values()[Math.min(Role.SYSTEM_ADMIN.ordinal(), Role.ANALYST.ordinal())]
                .label() + ", " + Role.values()[Math.max(Role.SYSTEM_ADMIN.ordinal(), Role.ANALYST.ordinal())].label());
        assertThat(UserViews.row(u, Map.of()).agency()).isEqualTo("Unknown agency");
    }

    @Test
    void theSummarySaysWhatIsMissingAndWhatWaits() {
        StaffUser u = user(OPEN.id(), false, true, Instant.parse("2026-07-01T08:30:00Z"));
        RoleGrant pending = new RoleGrant(UUID.randomUUID(), u.id(), "Sam Example", Role.PRACTITIONER, "why",
                UUID.randomUUID(), "Alex Admin", Instant.now(), null, null, null);
        List<SummaryRow> rows = UserViews.summary(u, "Open Refuge", List.of(pending));
        assertThat(rows).extracting(SummaryRow::key).containsExactly("Full name", "Username", "Email address",
                "Agency", "Roles", "Awaiting approval", "Account", "Second factor", "Last signed in");
        assertThat(rows).extracting(SummaryRow::value).contains("Not given",
                Role.PRACTITIONER.label() + " (asked by Alex Admin)",
                "Not set up (demo account: signs in with a password only)", "1 Jul 2026 at 09:30");
        assertThat(UserViews.summary(user(OPEN.id(), true, false, null), "x", List.of())).extracting(SummaryRow::key)
                .doesNotContain("Awaiting approval");
    }

    @Test
    void aClosedAgencyIsOfferedOnlyToItsOwnUser() {
        assertThat(UserViews.agencyChoices(List.of(OPEN, CLOSED), null)).containsExactly(OPEN);
        StaffUser inClosed = user(CLOSED.id(), true, false, null);
        assertThat(UserViews.agencyOptions(UserViews.agencyChoices(List.of(OPEN, CLOSED), inClosed)))
                .extracting(Option::label).containsExactly("Select an agency", "Open Refuge", "Closed Service (inactive)");
    }

    @Test
    void aRoleAwaitingApprovalIsSaid() {
        StaffUser u = user(OPEN.id(), true, false, null);
        assertThat(UserViews.awaiting(new StaffUsers.RoleChange(u, Set.of()))).isEmpty();
        assertThat(UserViews.awaiting(new StaffUsers.RoleChange(u, Set.of(Role.PRACTITIONER))))
                .startsWith(" " + Role.PRACTITIONER.label() + " lets them see people's records");
    }
}
