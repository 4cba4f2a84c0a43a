package org.hearth.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;
import org.hearth.people.PersonId;

/**
 * A subject access request. Due one month after receipt (UK GDPR Art. 12(3)); a complex request may be extended by
 * up to two further months ({@code extendedTo}, with the reason). Released once the identity has been checked and every
 * flagged item reviewed (and, when a representative asks, once their identity and authority are checked too).
 *
 * @param representative who asks for the person, or null when the person asks themselves
 */
public record SubjectAccessRequest(RequestId id, String reference, LocalDate receivedOn, String requesterName,
        RequesterRole requesterRole, LocalDate identityCheckedOn, String identityEvidence, PersonId person,
        String personName, LocalDate dueOn, LocalDate extendedTo, String extensionReason, Instant releasedAt,
        String releasedBy, String recordedBy, Representative representative) {

    /** One month after receipt: the corresponding day of the next month (the last day where there is none). */
    public static LocalDate dueOn(LocalDate received) {
        return received.plusMonths(1);
    }

    /** The latest an extension may run to: two further months. */
    public static LocalDate latestExtension(LocalDate received) {
        return received.plusMonths(3);
    }

    public LocalDate effectiveDue() {
        return extendedTo != null ? extendedTo : dueOn;
    }

    public boolean released() {
        return releasedAt != null;
    }

    public boolean identityChecked() {
        return identityCheckedOn != null;
    }

    /** Every identity the release needs is checked: the person's, and the representative's if there is one. */
    public boolean identitiesChecked() {
        return identityChecked() && (representative == null || representative.checked());
    }

    /** The same request with the requester's part as the records give it now. */
    public SubjectAccessRequest withRequesterRole(RequesterRole role) {
        return new SubjectAccessRequest(id, reference, receivedOn, requesterName, role, identityCheckedOn,
                identityEvidence, person, personName, dueOn, extendedTo, extensionReason, releasedAt, releasedBy,
                recordedBy, representative);
    }

    public boolean overdue(LocalDate today) {
        return !released() && today.isAfter(effectiveDue());
    }
}
