package org.hearth.people;

import java.util.Objects;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;

/** Who holds a grant: an agency (every member of its staff and its API clients) or one named member of staff. */
public record GrantHolder(AgencyId agency, StaffUserId user) {

    public GrantHolder {
        if ((agency == null) == (user == null)) {
            throw new IllegalArgumentException("A grant is held by an agency or by a member of staff, not both");
        }
    }

    public static GrantHolder agency(AgencyId agency) {
        return new GrantHolder(Objects.requireNonNull(agency), null);
    }

    public static GrantHolder user(StaffUserId user) {
        return new GrantHolder(null, Objects.requireNonNull(user));
    }
}
