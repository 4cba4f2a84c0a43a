package org.hearth.partnership;

import java.time.LocalDate;
import java.util.Map;

/** What a coordinator records for a meeting once it has been held. */
public record MeetingDetails(LocalDate heldOn, String minutes, String decisions, Map<AgencyId, Presence> agencies,
        Map<MemberId, Presence> members) {

    public MeetingDetails {
        agencies = Map.copyOf(agencies);
        members = Map.copyOf(members);
    }
}
