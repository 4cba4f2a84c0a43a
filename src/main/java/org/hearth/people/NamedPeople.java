package org.hearth.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * People named on another module's own record (a Clare's Law application, a death review) whose records only the
 * people working on it may see: the person named resolved without making a duplicate, and a record made for it kept
 * from the rest of the creating agency. Acts as the signed-in user; writes are audited through {@link People} and
 * {@link PersonAccess}.
 */
public interface NamedPeople {

    /**
     * The person named: one already known ({@code existing}; refused as an input error on {@code field} when there
     * is no such person), else a very likely match of the description with the same name and the same date of birth
     * when Hearth holds no one else of that exact name and date of birth (a wrong link would disclose someone else's
     * history, so anything less, or a namesake, is not linked), else a new record made on {@code ground}, which is
     * added to {@code created}.
     *
     * @throws org.hearth.platform.InvalidInputException when {@code existing} names no one
     */
    PersonId resolve(String field, PersonId existing, String givenName, String familyName, LocalDate dateOfBirth,
            AccessGround ground, List<PersonId> created);

    /**
     * Ends the agency grants of {@code ground} on these records ({@link People#create} gave the creating agency
     * one): a record made for the purpose is seen only through the grants to named people resting on it.
     */
    void endAgencyGrants(Collection<PersonId> created, AccessGround ground);
}
