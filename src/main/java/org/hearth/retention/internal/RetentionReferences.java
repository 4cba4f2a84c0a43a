package org.hearth.retention.internal;

import java.util.List;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.stereotype.Component;

/**
 * A merge carries the merged-away record's holds to the survivor, so a legal hold cannot vanish with the record it
 * was put on (and the survivor, now holding that record's facts, be erased with them). A current hold is set aside
 * when the survivor already has one (it stays held); an unmerge puts every hold back.
 */
@Component
class RetentionReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("retention_hold", "person_id", List.of("id"), """
                r.released_at IS NULL AND EXISTS (SELECT 1 FROM retention_hold o
                    WHERE o.person_id = :to AND o.released_at IS NULL)""");
    }
}
