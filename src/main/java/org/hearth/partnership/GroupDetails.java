package org.hearth.partnership;

import java.util.List;

/** What a coordinator enters for a group; {@code parent} is null for a group that reports to no other. */
public record GroupDetails(String name, GroupKind kind, GroupId parent, String chair, TermsOfReference terms,
        List<AgencyId> agencies, boolean active) {

    public GroupDetails {
        agencies = List.copyOf(agencies);
    }
}
