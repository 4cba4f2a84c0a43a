package org.hearth.marac;

import java.util.List;

/**
 * A transfer file that verified (signed by an imported partner key that is not revoked, or by this partnership's
 * own key), with what it holds and who each person will be on acceptance: an existing record (same name and date
 * of birth, clearly the best match) or a new one.
 */
public record ReceivedTransfer(TransferPackage contents, String signedBy, String keyId, PersonMatch victim,
        List<PersonMatch> perpetrators, String alreadyReceivedAs) {

    /** One person of the file: the existing record they will be linked to, or null for a new record. */
    public record PersonMatch(TransferPackage.Person person, org.hearth.people.PersonId existing, String existingName) {

        public boolean matched() {
            return existing != null;
        }
    }
}
