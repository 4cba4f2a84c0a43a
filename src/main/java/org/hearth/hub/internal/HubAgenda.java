package org.hearth.hub.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings.Attendance;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.referrals.HubCandidate;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.springframework.stereotype.Component;

/**
 * Builds a meeting's agenda: the window's waiting cases, those not reached at an earlier meeting of the area and
 * those a coordinator placed in the area, in {@link AgendaOrder}; the representatives already attending are granted
 * the new cases. No access check here: the callers are the coordinator's steps.
 */
@Component
class HubAgenda {

    private final HubStore store;
    private final Referrals referrals;
    private final HubGrants grants;

    HubAgenda(HubStore store, Referrals referrals, HubGrants grants) {
        this.store = store;
        this.referrals = referrals;
        this.grants = grants;
    }

    /** Adds the waiting cases to the agenda (the window's and those carried over) and orders it; returns how many. */
    int build(HubMeetingId id) {
        Meeting m = store.meeting(id).orElseThrow();
        if (m.ended()) {
            throw new IllegalStateException("The meeting has ended");
        }
        // carried over: on an earlier meeting of this area, not reached (still undecided: the query checks)
        List<ReferralId> carried = store.notReachedBefore(m.area(), m.meetsOn());
        Set<ReferralId> carriedSet = Set.copyOf(carried);
        // cases whose area nobody knew, placed in this area by a coordinator: they join whatever day they arrived
        Set<ReferralId> placed = store.placedIn(m.area());
        Set<ReferralId> extra = new LinkedHashSet<>(carried);
        extra.addAll(placed);
        List<HubCandidate> candidates = referrals.hubCandidates(m.area(), m.windowFrom(), m.meetsOn(), extra);
        Map<ReferralId, UUID> onAgenda = store.onAgenda(id);
        List<AgendaOrder.Ranked> ranked = new ArrayList<>();
        for (HubCandidate c : candidates) {
            ranked.add(new AgendaOrder.Ranked(c, carriedSet.contains(c.id())));
        }
        ranked.sort(AgendaOrder.ORDER);
        int added = 0;
        int position = 1;
        for (AgendaOrder.Ranked r : ranked) {
            HubCandidate c = r.candidate();
            UUID existing = onAgenda.get(c.id());
            if (existing != null) {
                store.position(existing, position++);
                continue;
            }
            store.insertCase(id, c, c.areaKnown() && !placed.contains(c.id()), r.carriedOver(), position++);
            added++;
        }
        // cases no longer waiting (decided outside the meeting) keep their place after the waiting ones
        store.placeAfter(id, position - 1, candidates.stream().map(HubCandidate::id).toList());
        // representatives already attending read the new cases too
        if (added > 0) {
            for (Attendance a : store.attendance(id)) {
                grants.grantCases(m, a.representative());
            }
        }
        return added;
    }
}
