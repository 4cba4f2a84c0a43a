package org.hearth.casework.internal;

import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Cases and perpetrator programme referrals (the perpetrator, the partner) carried over by a merge to the surviving record. */
@Component
@Order(50)
class CaseworkReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("casework_case", "person_id");
        ledger.move("programme_referral", "person_id");
        ledger.move("programme_referral", "partner_person_id");
    }
}
