package org.hearth.people;

import java.util.Collection;
import java.util.List;

/**
 * A module that keeps rows about persons, for the retention schedule and for erasure (UK GDPR Art. 17, DPA 2018
 * s47). People knows nothing of those tables (arrows point downward), so each module implements this for its own,
 * as it implements {@link PersonReferences} for a merge. {@link PersonErasure} calls every holder in one
 * transaction, people's own rows last; a holder that fails rolls the whole erasure back.
 */
public interface PersonDataHolder {

    /**
     * Deletes every row of this module that is about {@code person}, or takes the person out of a row that is about
     * someone else (a perpetrator named on a victim's referral: the link goes, the victim's referral stays). Called in
     * the erasure's transaction with {@code hearth.person_erasure} set, which lets an append-only table's trigger
     * allow the delete. Must leave no column of this module holding the person's id.
     */
    void erase(PersonId person);

    /**
     * What this module knows for the retention schedule about {@code persons} (and no one else: the review reads the
     * register a page of persons at a time): for each of them it holds, the latest date the person was involved (a
     * referral received, an assessment made, a case closed...), and an automatic hold where the module must keep the
     * record whatever its date (an open MARAC case, an open casework case, an ongoing death review).
     */
    default List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return List.of();
    }
}
