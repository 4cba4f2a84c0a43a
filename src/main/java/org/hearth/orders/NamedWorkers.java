package org.hearth.orders;

import java.util.Set;
import java.util.UUID;
import org.hearth.people.PersonId;

/**
 * Who holds a person's case by name, for the warnings of an order (implemented by the module that has named workers,
 * casework; orders does not depend on it). The named worker sees the warnings of the orders on her cases as her own
 * list in "My work"; the other involved agencies keep theirs.
 */
public interface NamedWorkers {

    /** The people whose open cases this member of staff holds as their named worker. */
    Set<PersonId> peopleOf(UUID staffUser);
}
