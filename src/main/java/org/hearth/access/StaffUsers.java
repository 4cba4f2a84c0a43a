package org.hearth.access;

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

    StaffUser update(StaffUserId id, StaffUserDetails details);

    /** Lifts a lockout after repeated failed sign-ins. */
    void unlock(StaffUserId id);

    /** Removes the user's second factor and recovery codes; they enrol again at next sign-in. */
    void resetSecondFactor(StaffUserId id);

    void setPassword(StaffUserId id, String newPassword);

    /** A user changing their own password, proving they know the current one. */
    void changeOwnPassword(StaffUserId id, String currentPassword, String newPassword);

    boolean anyExist();
}
