/**
 * Who may use Hearth and how they prove it: staff users belonging to an agency, their roles,
 * sign-in with password and a TOTP second factor (with recovery codes), lockout after repeated
 * failures, idle and absolute session timeouts, and the HTTP security policy (CSRF, CSP, HSTS...).
 * Administrators manage users at {@code /admin/users}. Other modules use
 * {@link org.hearth.access.StaffUsers} and {@link org.hearth.access.Role}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.hearth.access;
