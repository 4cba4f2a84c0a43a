package org.hearth.hub;

import java.util.Collection;
import java.util.Map;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;

/**
 * The way from the hub's cases (an action's, a row of My work) to the records behind them, for the current user:
 * the referral and its victim, and whether the victim's page shows this user the safe number and address (a
 * safe-contact grant of their own, {@code PersonAccess.contactAmong}, as the person page decides: a break-glass
 * reading or an agency's grant shows the record without them). Given only for a case whose victim's record
 * the user may view ({@code PersonAccess.viewableAmong}), which is also a ground on which {@code Referrals.find}
 * shows the referral; any other case is left out, and its reference stays plain text.
 */
public interface HubCaseWays {

    /** The referral the case was made from, its victim, and whether the user sees the victim's safe contact. */
    record CaseWay(ReferralId referral, PersonId victim, boolean safeContact) {
    }

    /** The ways to those of {@code cases} the current user may take, in one query whatever their number. */
    Map<HubCaseId, CaseWay> waysTo(Collection<HubCaseId> cases);
}
