package org.hearth.encompass.web;

/**
 * Who keeps Operation Encompass, as a {@code @PreAuthorize} expression: hub coordinators and administrators
 * ({@link #KEEPERS}) for the clock, the schools and GP practices registers, their imports and their APIs.
 */
final class EncompassRoles {

    static final String KEEPERS = "hasAnyRole('HUB_COORDINATOR', 'SYSTEM_ADMIN')";

    private EncompassRoles() {
    }
}
