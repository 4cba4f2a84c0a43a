package org.hearth.partnership;

import java.util.List;

/**
 * A group of the partnership: its kind, the group it reports to ({@code parent}, null at the top), its chair, terms of
 * reference, member agencies and named representatives. A closed group is kept with its meetings.
 */
public record PartnershipGroup(GroupId id, String name, GroupKind kind, GroupId parent, String chair,
        TermsOfReference terms, List<AgencyId> agencies, List<Representative> members, boolean active) {

    public PartnershipGroup {
        agencies = List.copyOf(agencies);
        members = List.copyOf(members);
    }
}
