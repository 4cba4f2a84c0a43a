package org.hearth.subjectaccess;

import java.time.LocalDate;

/**
 * A subject access request as received: who asked, when, whether their identity has been checked (the day and the
 * evidence seen, or both null), and the person it is about, found among the people known by name and date of birth;
 * {@code representative} when someone asks for the person (then the requester is the person, the identity check is
 * the person's, and the representative's own check is {@link Representative#checkedOn}).
 */
public record NewRequest(LocalDate receivedOn, String requesterName, RequesterRole requesterRole,
        LocalDate identityCheckedOn, String identityEvidence, String givenName, String familyName,
        LocalDate dateOfBirth, Representative representative) {

    /** A request made by the person themselves. */
    public NewRequest(LocalDate receivedOn, String requesterName, RequesterRole requesterRole,
            LocalDate identityCheckedOn, String identityEvidence, String givenName, String familyName,
            LocalDate dateOfBirth) {
        this(receivedOn, requesterName, requesterRole, identityCheckedOn, identityEvidence, givenName, familyName,
                dateOfBirth, null);
    }
}
