package org.hearth.marac.internal;

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
        ledger.move("marac_referral", "victim_id");
        ledger.moveLink("marac_referral_perpetrator", "marac_referral_id", "person_id");
    }
}
