package org.hearth.housing;

import java.util.Map;

/**
 * Raw counts of refuge and sanctuary work over a period, partnership-wide, for the safe accommodation duty's needs
 * assessment and annual return (the {@code commissioning} module suppresses them before anyone sees them). No person
 * is named and no provider or area is given.
 *
 * @param refugeReferrals referrals to refuge made in the period
 * @param byOutcome those referrals by their outcome (a referral awaiting one is in {@code awaitingOutcome})
 * @param declinedByReason referrals declined by the refuge or found not suitable, by the reason given
 * @param outOfArea accepted referrals to a refuge outside the partnership or in another of its areas
 * @param movedIn households who moved into refuge in the period (whenever referred)
 * @param withChildren referrals with children; likewise an older son, a disability, a language or interpreter need,
 *        no recourse to public funds (a referral counts under each need it records)
 * @param sanctuaryReferrals homes referred to the sanctuary scheme in the period
 * @param sanctuaryHomesFitted homes with at least one measure fitted in the period
 * @param measuresFitted jobs fitted in the period (not cancelled)
 * @param measuresCostPence what the fitted jobs cost, in pence (jobs without a cost count as nothing)
 * @param sanctuaryClosed sanctuary referrals closed in the period, by outcome
 */
public record AccommodationCounts(long refugeReferrals, Map<RefugeOutcome, Long> byOutcome, long awaitingOutcome,
        Map<DeclineReason, Long> declinedByReason, long outOfArea, long movedIn, long withChildren, long olderSon,
        long disability, long language, long nrpf, long sanctuaryReferrals, long sanctuaryHomesFitted,
        long measuresFitted, long measuresCostPence, Map<SanctuaryOutcome, Long> sanctuaryClosed) {

    public AccommodationCounts {
        byOutcome = Map.copyOf(byOutcome);
        declinedByReason = Map.copyOf(declinedByReason);
        sanctuaryClosed = Map.copyOf(sanctuaryClosed);
    }

    public long outcome(RefugeOutcome o) {
        return byOutcome.getOrDefault(o, 0L);
    }

    public long declined(DeclineReason r) {
        return declinedByReason.getOrDefault(r, 0L);
    }

    public long closed(SanctuaryOutcome o) {
        return sanctuaryClosed.getOrDefault(o, 0L);
    }
}
