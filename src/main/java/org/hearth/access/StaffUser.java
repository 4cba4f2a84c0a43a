package org.hearth.access;

import java.time.Instant;
import java.util.Set;
import org.hearth.partnership.AgencyId;

/** A member of staff of one of the partnership's agencies. */
public record StaffUser(StaffUserId id, String username, String displayName, String email, AgencyId agency,
        Set<Role> roles, boolean enabled, boolean demo, boolean mfaEnrolled, boolean locked, Instant lastLoginAt) {
}
