package org.hearth.subjectaccess;

import java.time.LocalDate;

/**
 * A subject access request as received: who asked, when, whether their identity has been checked (the day and the
 * evidence seen, or both null), and the person it is about, found among the people known by name and date of birth.
 */
public record NewRequest(LocalDate receivedOn, String requesterName, RequesterRole requesterRole,
        LocalDate identityCheckedOn, String identityEvidence, String givenName, String familyName,
        LocalDate dateOfBirth) {
}
