package org.hearth.disclosure.internal;

import java.util.List;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.stereotype.Component;

/** A merge carries the applications' people (applicant, person at risk, subject, recipient) to the survivor. */
@Component
class DisclosureReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        for (String column : List.of("applicant_id", "person_at_risk_id", "subject_id", "recipient_id")) {
            ledger.move("disclosure_application", column);
        }
    }
}
