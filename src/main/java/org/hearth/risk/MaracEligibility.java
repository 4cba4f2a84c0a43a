package org.hearth.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;

/**
 * Whether a victim meets the MARAC referral criteria on a date: every criterion, met or not, explained.
 *
 * @param repeatOf when the repeat criterion is met, the earlier referral to MARAC that makes it a repeat
 * @param maracHistoryWithheld the criteria that rest on the victim's referrals to MARAC (Repeat, which names the
 *     last one's reference and date) are left out, for a reader by break-glass alone ({@link #withoutMaracHistory});
 *     true on every such reading, whether or not she was ever referred, so that it tells nothing
 */
public record MaracEligibility(PersonId victim, LocalDate asOf, List<MaracCriterion> criteria,
        MaracReferralHistory.PriorReferral repeatOf, boolean maracHistoryWithheld) {

    public MaracEligibility {
        criteria = List.copyOf(criteria);
    }

    /** Every criterion shown. */
    public MaracEligibility(PersonId victim, LocalDate asOf, List<MaracCriterion> criteria,
            MaracReferralHistory.PriorReferral repeatOf) {
        this(victim, asOf, criteria, repeatOf, false);
    }

    /**
     * As a reader by break-glass alone may see it: without the Repeat criterion (met or not, its explanation names
     * the victim's last referral to MARAC, or says there was none) and without {@link #repeatOf}.
     */
    public MaracEligibility withoutMaracHistory() {
        return new MaracEligibility(victim, asOf,
                criteria.stream().filter(c -> c.kind() != MaracCriterion.Kind.REPEAT).toList(), null, true);
    }

    /**
     * What a page says of the criteria left out ({@link #maracHistoryWithheld}), or null when every criterion is shown.
     * The same on every reading by break-glass alone.
     */
    public String withheldNote() {
        return maracHistoryWithheld ? "Criteria that rest on other agencies' records, such as an earlier referral to "
                + "MARAC, are not shown when you read a record by breaking the glass." : null;
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
