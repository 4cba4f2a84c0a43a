package org.hearth.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.people.PersonId;

/**
 * SPI: a victim's referrals to MARAC, which the marac module records, for the repeat criterion. While there is
 * no such bean, risk uses {@link #NONE}.
 */
public interface MaracReferralHistory {

    MaracReferralHistory NONE = victim -> List.of();

    /** The victim's referrals to MARAC, any order. */
    List<PriorReferral> referrals(PersonId victim);

    /**
     * One referral to MARAC: an id and reference to show, its date, and the perpetrators it named (resolved
     * person records).
     */
    record PriorReferral(String id, String reference, LocalDate on, Set<PersonId> perpetrators) {

        public PriorReferral {
            perpetrators = Set.copyOf(perpetrators);
        }

        boolean sharesPerpetratorWith(Set<PersonId> others) {
            return perpetrators.stream().anyMatch(others::contains);
        }
    }
}
