package org.hearth.marac;

import java.util.List;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AreaId;

/** What an administrator or coordinator enters for a MARAC (checked by {@link Maracs#create}). */
public record MaracDetails(String name, List<AreaId> areas, Schedule schedule, StaffUserId chair,
        StaffUserId coordinator, int capacity, List<Member> members) {

    public MaracDetails {
        areas = areas == null ? List.of() : List.copyOf(areas);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
