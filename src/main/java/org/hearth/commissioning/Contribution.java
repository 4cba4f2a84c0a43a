package org.hearth.commissioning;

import java.util.UUID;
import org.hearth.partnership.AgencyId;

/** A partner agency's contribution to a stream's budget in one year. */
public record Contribution(UUID id, AgencyId agency, String agencyName, long pence, ContributionStatus status,
        String sourceFund) {
}
