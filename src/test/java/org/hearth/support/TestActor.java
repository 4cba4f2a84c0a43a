package org.hearth.support;

import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.partnership.AgencyId;

/** An actor for the rules' unit tests: a member of staff with roles at an agency, or an API client. */
public record TestActor(UUID actorId, AgencyId agency, Set<Role> roles, boolean apiClient) implements Actor {

    public static TestActor staff(AgencyId agency, Role... roles) {
        return new TestActor(UUID.randomUUID(), agency, Set.of(roles), false);
    }

    public static TestActor apiClient(AgencyId agency) {
        return new TestActor(UUID.randomUUID(), agency, Set.of(), true);
    }

    @Override
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String displayName() {
        return "Test actor";
    }

    @Override
    public String actorName() {
        return displayName();
    }
}
