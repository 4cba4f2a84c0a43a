package org.hearth.hub.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hearth.access.StaffUserId;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.referrals.Referrals;
import org.springframework.stereotype.Component;

/**
 * What attending a meeting grants and what ends it: the representative holds HUB_MEETING on everyone the agenda's
 * cases name until the end of the meeting day (never on a person the hub has not confirmed a referral names), and a
 * representative replaced for the day loses the day's grants at once.
 */
@Component
class HubGrants {

    private final HubStore store;
    private final PersonAccess access;
    private final Referrals referrals;

    HubGrants(HubStore store, PersonAccess access, Referrals referrals) {
        this.store = store;
        this.access = access;
        this.referrals = referrals;
    }

    /** The end of the meeting day, UK time. */
    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Dates.UK).toInstant().minusSeconds(60);
    }

    /** Grants the representative HUB_MEETING on everyone the agenda's cases name, until the day's end. */
    int grantCases(Meeting m, StaffUserId representative) {
        Instant until = endOfDay(m.meetsOn());
        GrantBasis basis = GrantBasis.of("hub-meeting", m.id());
        Set<PersonId> people = new LinkedHashSet<>();
        Set<PersonId> unconfirmed = new HashSet<>();
        for (HubStore.CasePeople c : store.casePeople(m.id())) {
            people.addAll(c.people());
            // a person the referral was matched to that the hub has not confirmed is the same person: the
            // meeting must not open the existing record to the agencies before a coordinator confirms it
            unconfirmed.addAll(referrals.unconfirmedLinks(c.referral()));
        }
        people.removeAll(unconfirmed);
        for (PersonId p : people) {
            AccessGrant g = access.grant(p, GrantHolder.user(representative), AccessGround.HUB_MEETING,
                    AccessScope.RECORD, until, basis);
            if (g.expiresAt() != null && g.expiresAt().isBefore(until)) {
                access.end(g.id());
                access.grant(p, GrantHolder.user(representative), AccessGround.HUB_MEETING, AccessScope.RECORD, until,
                        basis);
            }
        }
        return people.size();
    }

    /** The agency's representative at the meeting is replaced: the one before loses the day's grants at once. */
    void endReplaced(Meeting m, StaffUserId previous, StaffUserId next) {
        if (!previous.equals(next)) {
            access.endHeldBy(previous, AccessGround.HUB_MEETING, List.of(GrantBasis.of("hub-meeting", m.id())));
        }
    }
}
