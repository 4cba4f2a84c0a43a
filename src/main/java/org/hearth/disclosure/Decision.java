package org.hearth.disclosure;

import java.time.LocalDate;

/**
 * The multi-agency decision forum's decision: disclose or not, with why disclosure would be (or would not be)
 * lawful, necessary and proportionate. All of it is required.
 */
public record Decision(LocalDate forumOn, String members, Boolean disclose, String lawful, String necessary,
        String proportionate, java.util.List<Agency> agencies) {

    /** An agency represented at the forum. */
    public record Agency(org.hearth.partnership.AgencyId id, String name) {
    }

    public Decision {
        agencies = agencies == null ? java.util.List.of() : java.util.List.copyOf(agencies);
    }

    /** A decision with no agencies recorded (the members' names only). */
    public Decision(LocalDate forumOn, String members, Boolean disclose, String lawful, String necessary,
            String proportionate) {
        this(forumOn, members, disclose, lawful, necessary, proportionate, java.util.List.of());
    }

    /** A decision with the agencies represented, by id (the module finds their names). */
    public static Decision withAgencies(LocalDate forumOn, String members, Boolean disclose, String lawful,
            String necessary, String proportionate, java.util.Collection<org.hearth.partnership.AgencyId> agencies) {
        return new Decision(forumOn, members, disclose, lawful, necessary, proportionate, agencies == null
                ? java.util.List.of() : agencies.stream().map(a -> new Agency(a, null)).toList());
    }
}
