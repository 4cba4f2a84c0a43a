package org.hearth.risk.internal;

import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Risk assessments carried over by a merge. Assessments are append-only; the trigger lets only their
 * {@code person_id} move, and only while a merge or unmerge is under way (V22).
 */
@Component
@Order(20)
class RiskReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("risk_assessment", "person_id");
    }
}
