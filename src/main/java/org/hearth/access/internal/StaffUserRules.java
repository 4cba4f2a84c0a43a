package org.hearth.access.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.access.PasswordPolicy;
import org.hearth.access.Role;
import org.hearth.access.RoleGrant;
import org.hearth.platform.InvalidInputException;

/**
 * The rules of staff users and their roles, with no database: who may change roles (a member of staff, never their
 * own), which new roles wait for a second person's approval and why, who may decide a grant (four eyes: never the
 * administrator who asked nor the user it is for; an approver), the password policy, and the audit entry's words.
 * {@link JdbcStaffUsers} applies them; unit-tested by {@code StaffUserRulesTest}.
 */
final class StaffUserRules {

    private StaffUserRules() {
    }

    static void checkPassword(String field, String password) {
        PasswordPolicy.problem(password).ifPresent(p -> {
            throw InvalidInputException.of(field, p);
        });
    }

    /** Users are changed by a member of staff, never by an API client nor nobody. */
    static void checkStaff(Actor by, String message) {
        if (by == null || by.actorId() == null || by.apiClient()) {
            throw new IllegalStateException(message);
        }
    }

    /** Nobody changes their own roles. */
    static void checkNotOwnRoles(boolean self, Set<Role> before, Set<Role> wanted) {
        if (self && !wanted.equals(before)) {
            throw InvalidInputException.of("roles", "You cannot change your own roles. Ask another administrator.");
        }
    }

    /** The roles wanted that the user does not hold and that a second person must approve. */
    static Set<Role> awaitingApproval(Set<Role> before, Set<Role> wanted) {
        Set<Role> awaiting = EnumSet.noneOf(Role.class);
        for (Role role : wanted) {
            if (!before.contains(role) && Role.NEEDS_APPROVAL.contains(role)) {
                awaiting.add(role);
            }
        }
        return awaiting;
    }

    /** A role awaiting approval needs the reason they need it. */
    static void checkReason(Set<Role> awaiting, String why) {
        if (!awaiting.isEmpty() && why.isEmpty()) {
            throw InvalidInputException.of("reason", "Give the reason they need this role: it lets them see "
                    + "people's records, so a second person will check it");
        }
    }

    /**
     * Who may decide a pending grant: a member of staff holding an approver's role, never the one who asked nor the
     * user it is for ({@code theirs}: the decider's roles).
     */
    static void checkDecider(RoleGrant grant, Actor by, Set<Role> theirs) {
        if (!grant.pending()) {
            throw new IllegalStateException("This role has already been " + grant.decision().toLowerCase() + ".");
        }
        checkStaff(by, "Only a member of staff decides");
        UUID me = by.actorId();
        // four eyes: never the administrator who asked, never the user it is for
        if (me.equals(grant.requestedBy())) {
            throw new IllegalStateException("You asked for this role, so someone else must approve it.");
        }
        if (me.equals(grant.user().value())) {
            throw new IllegalStateException("You cannot approve a role for yourself.");
        }
        if (theirs.stream().noneMatch(Role.APPROVERS::contains)) {
            throw new IllegalStateException("Only an administrator or a partnership coordinator may decide.");
        }
    }

    /** The audit entry's words: the roles before and after, and those waiting for approval with the reason. */
    static String roleChange(Set<Role> before, Set<Role> after, Set<Role> awaiting, String reason) {
        return "roles before: " + names(before) + "; after: " + names(after)
                + (awaiting.isEmpty() ? "" : "; awaiting approval: " + names(awaiting) + "; reason: " + reason);
    }

    /** The audit entry's words for a decided grant. */
    static String decision(Set<Role> before, Set<Role> after, boolean approve, RoleGrant grant) {
        return "roles before: " + names(before) + "; after: " + names(after) + "; "
                + (approve ? "approved" : "refused") + " " + grant.role().name() + " asked for by "
                + grant.requestedByName() + " (grant " + grant.id() + ")";
    }

    static String names(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
