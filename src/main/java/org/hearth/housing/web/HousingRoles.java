package org.hearth.housing.web;

import org.hearth.access.Role;

/**
 * Who may reach the housing pages, as {@code @PreAuthorize} expressions: casework roles ({@link #ROLES}) for a
 * person's sanctuary and refuge referrals (a person's pages then pass {@link org.hearth.people.PersonGuard}: a real
 * ground, never a break-glass reading, as these records say where someone lives or is going; {@code Housing} checks
 * again), the refuge directory's readers and its managers.
 */
final class HousingRoles {

    static final String ROLES = Role.WORKS_CASES;
    static final String PROVIDER_READERS = "hasAnyRole('PRACTITIONER', 'HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE', "
            + "'PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";
    static final String MANAGERS = Role.MANAGES_PARTNERSHIP;

    private HousingRoles() {
    }
}
