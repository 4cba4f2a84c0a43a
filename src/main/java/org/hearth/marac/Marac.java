package org.hearth.marac;

import java.util.List;
import java.util.Optional;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;

/**
 * A MARAC: its name, the areas it covers, how often it meets, its chair and coordinator (members of staff), how
 * many cases a meeting takes before the agenda warns, and its standing member agencies.
 */
public record Marac(MaracId id, String name, List<AreaId> areas, Schedule schedule, StaffUserId chair,
        StaffUserId coordinator, int capacity, List<Member> members) {

    /** Default number of cases a meeting takes before its agenda warns of being over capacity. */
    public static final int DEFAULT_CAPACITY = 20;

    public Marac {
        areas = List.copyOf(areas);
        members = List.copyOf(members);
    }

    public Optional<Member> member(AgencyId agency) {
        return members.stream().filter(m -> m.agency().equals(agency)).findFirst();
    }
}
