package org.hearth.people;

import java.util.List;
import java.util.Set;

/**
 * What the current user may see of a person. {@code full} is false for anyone without a ground (see
 * {@link PersonAccess}), who gets only the locked-down stub: the name, the year of birth, the statutory agencies
 * involved, and whether a specialist (non-statutory) service is involved, never which one; no flags.
 *
 * @param seesConfidential confidential addresses shown (a real ground; never a break-glass reading)
 * @param allocatedToMe the user holds a safe-contact grant: the safe phone and address are in {@code safeContact}
 * @param safeContact the rules; the safe phone and address only when {@code allocatedToMe}
 * @param addresses history, newest first; confidential ones only when {@code seesConfidential}
 * @param hiddenConfidentialAddresses how many confidential addresses {@code addresses} leaves out, for the modules'
 *     own rules (the MARAC chair's case page); the person page never shows it, nor whether there is one: it says that
 *     confidential addresses are hidden whenever {@code seesConfidential} is false
 * @param yearOfBirth the year of birth (the stub shows it instead of the date), or null
 * @param agenciesInvolved in the full record every agency holding a grant, but to a reader by break-glass alone the
 *     statutory ones and "A specialist service" for any other; in the stub the statutory ones only
 * @param specialistInvolved a non-statutory (specialist) service holds a grant: the stub says so without its name
 * @param flags warnings such as "Repeat victim": the full record only, never the stub
 */
public record PersonRecord(PersonId id, PersonDetails details, List<String> aliases, boolean full,
        boolean seesConfidential, boolean allocatedToMe, boolean glassBroken, SafeContact safeContact,
        List<Address> addresses, int hiddenConfidentialAddresses, List<Relationship> relationships,
        Integer yearOfBirth, Set<String> agenciesInvolved, boolean specialistInvolved, List<PersonFlag> flags) {
}
