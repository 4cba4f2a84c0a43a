package org.hearth.orders.internal;

import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Protective orders carried over by a merge: as the subject and as a protected person. */
@Component
@Order(45)
class OrderReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("protective_order", "subject_id");
        ledger.moveLink("protective_order_person", "order_id", "person_id");
    }
}
