package org.hearth.marac;

import java.util.List;
import java.util.Set;
import org.hearth.people.PersonId;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.risk.MaracCriterion;

/**
 * A referral to MARAC as a practitioner or a system makes it.
 *
 * @param marac the MARAC to refer to; null: the one covering the referring agency's area (else the coordinator
 *     chooses)
 * @param criteria the criteria the referrer says are met; {@code PROFESSIONAL_JUDGEMENT} needs
 *     {@code judgementReason}. Criteria that {@code risk} finds met are added.
 * @param lawfulBasis and {@code consentReason}: needed when consent was {@link Consent#OVERRIDDEN}
 */
public record NewMaracReferral(PersonId victim, List<PersonId> perpetrators, MaracId marac,
        Set<MaracCriterion.Kind> criteria, String judgementReason, Consent consent, LawfulBasis lawfulBasis,
        String consentReason) {

    public NewMaracReferral {
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
    }
}
