package org.hearth.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.junit.jupiter.api.Test;

/** The printed demo logins come in the order of the roles, administrator first, never in the order stored. */
class DemoLoginsTest {

    private static StaffUser user(String username, Role role) {
        return new StaffUser(new StaffUserId(UUID.randomUUID()), username, username, null,
                new AgencyId(UUID.randomUUID()), Set.of(role), true, true, false, false, null);
    }

    @Test
    void administratorFirstThenByRoleThenUsername() {
        String printed = FirstStart.demoLogins(List.of(user("police", Role.AGENCY_REPRESENTATIVE),
                user("programme", Role.PRACTITIONER), user("idva2", Role.PRACTITIONER), user("analyst", Role.ANALYST),
                user("idva", Role.PRACTITIONER), user("governance2", Role.INFORMATION_GOVERNANCE),
                user("governance", Role.INFORMATION_GOVERNANCE),
                user("admin", Role.SYSTEM_ADMIN), user("disclosure", Role.DISCLOSURE_TEAM)), "8080");
        assertThat(printed).contains("http://localhost:8080/login").contains(FirstStart.DEMO_PASSWORD);
        List<String> order = printed.lines().map(String::trim).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0]).filter(w -> List.of("admin", "idva", "idva2", "programme", "police",
                        "analyst", "disclosure", "governance", "governance2").contains(w)).toList();
        assertThat(order).containsExactly("admin", "idva", "idva2", "programme", "police", "analyst", "disclosure",
                "governance", "governance2");
        assertThat(printed).contains("admin        System administrator");
    }
}
