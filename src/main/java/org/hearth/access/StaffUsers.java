package org.hearth.access;

import org.hearth.platform.InvalidInputException;
import java.util.List;
import java.util.Optional;

/** The access module's API for managing staff users. */
public interface StaffUsers {

    List<StaffUser> all();

    Optional<StaffUser> find(StaffUserId id);

    /**
     * Creates a user with an initial password, which must meet {@link PasswordPolicy}. Demo users may sign in
     * without a second factor; every other user enrols TOTP at first sign-in.
     */
    StaffUser create(StaffUserDetails details, String initialPassword, boolean demo);

    /**
     * Changes a user's details and roles as given, at once, without review: for Hearth's own set-up (first start,
     * demo data). Administrators' changes go through {@link #changeRoles}.
     */
    StaffUser update(StaffUserId id, StaffUserDetails details);

    /**
     * An administrator ({@code by}) adds or changes a user ({@code id} null: adds one with {@code initialPassword}).
     * Refused ({@link InvalidInputException} on {@code roles}) when the roles of {@code by}'s own account would
     * change. Roles taken away, and roles outside {@link Role#NEEDS_APPROVAL}, apply at once; a role in
     * {@link Role#NEEDS_APPROVAL} that the user does not hold needs a {@code reason} ({@link InvalidInputException}
     * on {@code reason}) and waits as a {@link RoleGrant} for {@link #decideRoleGrant}. The audit entry holds the
     * roles before and after, and those awaiting approval.
     */
    RoleChange changeRoles(StaffUserId id, StaffUserDetails details, String initialPassword, Actor by, String reason);

    /** What {@link #changeRoles} did: the user as saved, and the roles now awaiting a second person's approval. */
    record RoleChange(StaffUser user, java.util.Set<Role> awaitingApproval) {
    }

    /** Grants waiting for approval, oldest first. */
    List<RoleGrant> pendingRoleGrants();

    /** Decided grants, newest first. */
    List<RoleGrant> decidedRoleGrants(int limit);

    /** Pending grants for one user. */
    List<RoleGrant> pendingRoleGrants(StaffUserId user);

    /**
     * Approves (adds the role) or refuses a pending grant. Only a holder of a role in {@link Role#APPROVERS} who
     * neither asked for it nor is the user it is for may decide ({@link IllegalStateException} otherwise, or when
     * it is no longer pending). Returns the user it was for.
     */
    StaffUserId decideRoleGrant(java.util.UUID grant, boolean approve, Actor by);

    /** Lifts a lockout after repeated failed sign-ins. */
    void unlock(StaffUserId id);

    /** Removes the user's second factor and recovery codes; they enrol again at next sign-in. */
    void resetSecondFactor(StaffUserId id);

    void setPassword(StaffUserId id, String newPassword);

    /** A user changing their own password, proving they know the current one. */
    void changeOwnPassword(StaffUserId id, String currentPassword, String newPassword);

    boolean anyExist();
}
