package org.hearth.people;

import java.util.List;
import java.util.Set;

/**
 * What the current user may see of a person. {@code full} is false for staff of uninvolved agencies, who get
 * only the name and the agencies involved (a locked-down stub) until they break the glass.
 *
 * @param safeContact the rules; the safe phone and address only for an allocated worker
 * @param addresses history, newest first; confidential ones only when {@code seesConfidential}
 * @param flags warnings such as "Repeat victim", shown wherever the person appears (also on the stub)
 */
public record PersonRecord(PersonId id, PersonDetails details, List<String> aliases, boolean full,
        boolean seesConfidential, boolean allocatedToMe, boolean glassBroken, SafeContact safeContact,
        List<Address> addresses, int hiddenConfidentialAddresses, List<Relationship> relationships,
        Set<String> agenciesInvolved, List<PersonFlag> flags) {
}
