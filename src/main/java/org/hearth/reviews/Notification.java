package org.hearth.reviews;

import java.time.LocalDate;
import org.hearth.partnership.AgencyId;
import org.hearth.people.Named;

/**
 * The notification of a death that may meet the criteria for a review: who died (and the suspected perpetrator, if
 * any), when, which agency told the partnership and when, and the pseudonym any published report will use.
 */
public record Notification(String pseudonym, Named deceased, Named perpetrator, LocalDate diedOn, LocalDate notifiedOn,
        AgencyId notifyingAgency, String circumstances) {
}
