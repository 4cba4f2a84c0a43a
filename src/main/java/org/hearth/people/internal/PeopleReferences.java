package org.hearth.people.internal;

import java.util.List;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people module's own rows a merge carries over: aliases, addresses, safe contact (the survivor's rules win;
 * the merged record's are kept for an unmerge), relationships (one between the two records themselves is
 * dropped, as is one the survivor already has), access grants, allocation requests (a waiting one the survivor
 * already has from the same worker is set aside), break-glass openings and corrections.
 */
@Component
@Order(0)
class PeopleReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("person_alias", "person_id");
        ledger.move("person_address", "person_id");
        ledger.move("safe_contact", "person_id", List.of("person_id"),
                "EXISTS (SELECT 1 FROM safe_contact o WHERE o.person_id = :to)");
        ledger.move("person_relationship", "person_id", List.of("id"), """
                r.related_id = :to OR EXISTS (SELECT 1 FROM person_relationship o
                    WHERE o.person_id = :to AND o.related_id = r.related_id AND o.kind = r.kind)""");
        ledger.move("person_relationship", "related_id", List.of("id"), """
                r.person_id = :to OR EXISTS (SELECT 1 FROM person_relationship o
                    WHERE o.related_id = :to AND o.person_id = r.person_id AND o.kind = r.kind)""");
        ledger.move("person_access_grant", "person_id");
        ledger.move("allocation_request", "person_id", List.of("id"), """
                r.decision IS NULL AND EXISTS (SELECT 1 FROM allocation_request o
                    WHERE o.person_id = :to AND o.user_id = r.user_id AND o.decision IS NULL)""");
        ledger.move("break_glass", "person_id");
        ledger.move("person_correction", "person_id");
    }
}
