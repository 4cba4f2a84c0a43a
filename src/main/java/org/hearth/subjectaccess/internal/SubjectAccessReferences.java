package org.hearth.subjectaccess.internal;

import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.springframework.stereotype.Component;

/**
 * A merge carries subject access requests and their proposed corrections to the survivor: the request goes on
 * about the merged record (whose facts the survivor now holds), its grant moves with it, and an erasure of the
 * survivor cannot delete a request still being answered unseen. An unmerge puts them back.
 */
@Component
class SubjectAccessReferences implements PersonReferences {

    @Override
    public void move(PersonId from, PersonId to, MergeLedger ledger) {
        ledger.move("subject_access_request", "person_id");
        ledger.move("subject_access_correction", "person_id");
    }
}
