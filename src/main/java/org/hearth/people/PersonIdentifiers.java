package org.hearth.people;

import java.util.List;

/**
 * For erasure only: what names a person in text another module keeps as a copy (a released subject access
 * package), so that a {@link PersonDataHolder} can take them out of it. Read within the erasure's transaction,
 * before people's own rows go; not audited on its own (the erasure is).
 */
public interface PersonIdentifiers {

    /**
     * The person's full name and each other name ("given family"), each given name on its own, the date of birth as
     * Hearth writes it (2001-03-14, 14 March 2001, 14/03/2001), each address's first line and postcode, and the safe
     * phone number and safe address. The family name alone is left out: a partner or a child often shares it.
     * Empty when the person is not found.
     */
    List<String> of(PersonId person);
}
