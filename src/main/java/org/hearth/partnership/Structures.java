package org.hearth.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The partnership's structures: its groups, their reporting lines and members, and the meetings they hold. Every
 * change is recorded in the audit trail. Invalid input fails with {@link IllegalArgumentException}, a taken name
 * with {@link DuplicateNameException} and an unknown group with {@link java.util.NoSuchElementException}.
 */
public interface Structures {

    /** Every group, open and closed, by name. */
    List<PartnershipGroup> groups();

    Optional<PartnershipGroup> group(GroupId id);

    PartnershipGroup create(GroupDetails details);

    /** Fails when the new parent is the group itself or one of the groups reporting to it (a loop). */
    PartnershipGroup update(GroupId id, GroupDetails details);

    /** Adds a named representative; their agency becomes a member agency if it was not one. */
    Representative addMember(GroupId group, String name, String role, AgencyId agency);

    /** Takes a representative off the group; their past attendance is kept. */
    void removeMember(GroupId group, MemberId member);

    /** Records a meeting once held (not in the future), with attendance only for the group's agencies and members. */
    Meeting recordMeeting(GroupId group, MeetingDetails details);

    Optional<Meeting> meeting(MeetingId id);

    /** The group's meetings, latest first. */
    List<Meeting> meetings(GroupId group);

    /** Meetings of groups of this kind held from {@code from} to {@code to} inclusive, latest first. */
    List<Meeting> meetingsOf(GroupKind kind, LocalDate from, LocalDate to);

    /** Today in the partnership's time zone. */
    LocalDate today();
}
