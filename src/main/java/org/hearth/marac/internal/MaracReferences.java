package org.hearth.marac.internal;

import java.util.List;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Referrals to MARAC carried over by a merge: as victim and as perpetrator. */
@Component
@Order(40)
class MaracReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("marac_referral", "victim_id", List.of("id"), null);
        ledger.move("marac_referral_perpetrator", "person_id", List.of("marac_referral_id", "person_id"), """
                EXISTS (SELECT 1 FROM marac_referral_perpetrator o
                    WHERE o.marac_referral_id = r.marac_referral_id AND o.person_id = :to)""");
    }
}
