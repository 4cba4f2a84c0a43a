package org.hearth.encompass.web;

import org.hearth.access.Actor;
import org.hearth.access.Role;

/**
 * Who keeps Operation Encompass, as a {@code @PreAuthorize} expression: hub coordinators and administrators
 * ({@link #KEEPERS}) for the clock, the schools and GP practices registers, their imports and their APIs. Of those,
 * only hub coordinators read the names of the people waiting for a school or a practice ({@link #readsNames}).
 */
final class EncompassRoles {

    static final String KEEPERS = "hasAnyRole('HUB_COORDINATOR', 'SYSTEM_ADMIN')";

    private EncompassRoles() {
    }

    /** Whether the signed-in keeper is a hub coordinator, who sees and resolves the attention lists. */
    static boolean readsNames() {
        return Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
    }
}
