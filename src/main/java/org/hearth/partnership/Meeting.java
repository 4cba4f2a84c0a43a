package org.hearth.partnership;

import java.time.LocalDate;
import java.util.Map;

/**
 * A meeting a group held: its minutes and decisions (plain text, paragraphs separated by blank lines), how each
 * member agency was there, and optionally each named representative.
 */
public record Meeting(MeetingId id, GroupId group, LocalDate heldOn, String minutes, String decisions,
        Map<AgencyId, Presence> agencies, Map<MemberId, Presence> members) {

    public Meeting {
        agencies = Map.copyOf(agencies);
        members = Map.copyOf(members);
    }

    /** How many agencies attended (apologies are not attendance). */
    public long agenciesAttending() {
        return agencies.values().stream().filter(p -> p == Presence.ATTENDED).count();
    }
}
