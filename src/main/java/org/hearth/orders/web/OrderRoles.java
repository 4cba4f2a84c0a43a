package org.hearth.orders.web;

import org.hearth.access.Role;

/**
 * Who may see a person's orders, for the pages and the API: casework roles, never analysts ({@link #ROLES}, on
 * every handler with {@code @PreAuthorize}). Need-to-know is {@link org.hearth.people.PersonGuard}, which every
 * handler passes through first (a real ground, never a break-glass reading: an order's conditions can say where
 * someone lives); the module checks again ({@code Orders} refuses without a ground).
 */
final class OrderRoles {

    static final String ROLES = Role.WORKS_CASES;

    private OrderRoles() {
    }
}
