package org.hearth.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;

/**
 * Whether a victim meets the MARAC referral criteria on a date: every criterion, met or not, explained.
 *
 * @param repeatOf when the repeat criterion is met, the earlier referral to MARAC that makes it a repeat
 */
public record MaracEligibility(PersonId victim, LocalDate asOf, List<MaracCriterion> criteria,
        MaracReferralHistory.PriorReferral repeatOf) {

    public MaracEligibility {
        criteria = List.copyOf(criteria);
    }

    /** Eligible when any criterion is met. */
    public boolean eligible() {
        return criteria.stream().anyMatch(MaracCriterion::met);
    }

    public List<MaracCriterion> met() {
        return criteria.stream().filter(MaracCriterion::met).toList();
    }

    public Optional<MaracCriterion> criterion(MaracCriterion.Kind kind) {
        return criteria.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public boolean meets(MaracCriterion.Kind kind) {
        return criterion(kind).map(MaracCriterion::met).orElse(false);
    }
}
