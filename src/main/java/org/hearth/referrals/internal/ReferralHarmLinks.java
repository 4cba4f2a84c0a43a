package org.hearth.referrals.internal;

import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.hearth.referrals.Referrals;
import org.springframework.stereotype.Component;

/** Subject access's question to referrals: is the person named as causing harm on any referral. */
@Component
class ReferralHarmLinks implements CausingHarmLinks {

    private final Referrals referrals;

    ReferralHarmLinks(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return referrals.namesAsCausingHarm(person);
    }
}
