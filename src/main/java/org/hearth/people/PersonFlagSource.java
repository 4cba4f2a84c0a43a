package org.hearth.people;

import java.util.List;

/**
 * Contributes flags about a person from another module's records (e.g. referrals: repeat victim, serial
 * perpetrator) without people depending on that module.
 */
public interface PersonFlagSource {

    List<PersonFlag> flagsFor(PersonId person);
}
