package org.hearth.orders.internal;

import java.util.List;
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
        ledger.move("protective_order", "subject_id", List.of("id"), null);
        ledger.move("protective_order_person", "person_id", List.of("order_id", "person_id"), """
                EXISTS (SELECT 1 FROM protective_order_person o
                    WHERE o.order_id = r.order_id AND o.person_id = :to)""");
    }
}
