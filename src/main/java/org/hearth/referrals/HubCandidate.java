package org.hearth.referrals;

import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskGrade;

/**
 * A referral (or police incident) waiting for the hub's decision, as the daily meeting's agenda needs it: ids, the
 * reference, the risk to order by and the flags. Names are not here: the hub reads them through {@code People},
 * auditing who saw them.
 *
 * @param grade the higher of the victim's latest assessment in Hearth and the police's DASH grade (null: neither)
 * @param score the score that goes with it (the assessment's, else the police's; null when not known)
 * @param areaKnown false when neither the referral nor its referring agency names an area: such a case is on no
 *     area's agenda; it waits on the hub coordinators' list of cases with no area until one places it
 */
public record HubCandidate(ReferralId id, String reference, ReferralSource source, LocalDate receivedOn,
        PersonId victim, List<PersonId> perpetrators, List<ChildAtIncident> children, RiskGrade grade, Integer score,
        boolean repeatVictim, boolean serialPerpetrator, boolean areaKnown) {
}
