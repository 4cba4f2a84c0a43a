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
        // nulls (e.g. "criteria": [null] in a request) are dropped rather than failing the request
        perpetrators = perpetrators == null ? List.of()
                : perpetrators.stream().filter(java.util.Objects::nonNull).distinct().toList();
        criteria = criteria == null ? Set.of()
                : criteria.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
