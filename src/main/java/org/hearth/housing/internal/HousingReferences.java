package org.hearth.housing.internal;

import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sanctuary and refuge referrals carried over by a merge of their person. */
@Component
@Order(47)
class HousingReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("sanctuary_referral", "person_id");
        ledger.move("refuge_referral", "person_id");
    }
}
