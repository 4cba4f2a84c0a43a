package org.hearth.referrals.internal;

import java.util.List;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Referrals carried over by a merge: as victim, as perpetrator, as child, and links waiting for the hub to confirm, the doors' possible matches (one
 * between the two merged records themselves is dropped, and put back by an unmerge). With the referrals moved,
 * the repeat-victim and serial-perpetrator flags count the resolved identity.
 */
@Component
@Order(10)
class ReferralReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("referral", "victim_id");
        ledger.moveLink("referral_perpetrator", "referral_id", "person_id");
        ledger.moveLink("referral_child", "referral_id", "person_id");
        ledger.moveLink("referral_link_check", "referral_id", "person_id");
        ledger.move("referral_possible_match", "person_id", List.of("referral_id", "person_id", "candidate_id"), """
                r.candidate_id = :to OR EXISTS (SELECT 1 FROM referral_possible_match o
                    WHERE o.referral_id = r.referral_id AND o.person_id = :to AND o.candidate_id = r.candidate_id)""");
        ledger.move("referral_possible_match", "candidate_id", List.of("referral_id", "person_id", "candidate_id"), """
                r.person_id = :to OR EXISTS (SELECT 1 FROM referral_possible_match o
                    WHERE o.referral_id = r.referral_id AND o.candidate_id = :to AND o.person_id = r.person_id)""");
    }
}
