/**
 * Who may use Hearth and how they prove it: staff users belonging to an agency, their roles,
 * sign-in with password and a TOTP second factor (with recovery codes), lockout after repeated
 * failures, idle and absolute session timeouts, and the HTTP security policy (CSRF, CSP, HSTS...).
 * Administrators manage users at {@code /admin/users} and API clients (systems with scoped bearer tokens) at
 * {@code /admin/api-clients}. Other modules use {@link org.hearth.access.StaffUsers}, {@link org.hearth.access.Role}
 * and {@link org.hearth.access.Actor} (whoever is acting: a member of staff or an API client).
 * At start, before readiness, the sign-in is warmed up ({@code internal.SignInWarmUp}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.hearth.access;
