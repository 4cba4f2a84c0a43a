package org.hearth.reviews.internal;

import java.util.List;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.stereotype.Component;

/** A merge carries a review's deceased and perpetrator to the survivor. */
@Component
class ReviewReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        for (String column : List.of("deceased_id", "perpetrator_id")) {
            ledger.move("review", column);
        }
    }
}
