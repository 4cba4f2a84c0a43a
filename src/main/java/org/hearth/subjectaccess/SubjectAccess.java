package org.hearth.subjectaccess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonCorrection;

/**
 * The subject access module's API, for information governance officers only (the role
 * {@code INFORMATION_GOVERNANCE}; anyone else is refused, and an officer sees only their own agency's requests). Every
 * read and write is audited, with the person's id where the record is read.
 */
public interface SubjectAccess {

    LocalDate today();

    /**
     * Records a request and finds the person it is about: a very likely match of the same name and date of birth
     * (audited as a search of the person, with the request as the reason). Grants the agency's information
     * governance officers {@code SUBJECT_ACCESS} on the person until the release. Refuses (as
     * {@code InvalidInputException}) missing fields, a date in the future, and a person not found.
     */
    SubjectAccessRequest open(NewRequest request);

    /** The agency's requests, open ones first by due date (released ones too when {@code all}). */
    List<SubjectAccessRequest> list(boolean all);

    /** The request, or empty when there is none (or it is another agency's). */
    Optional<SubjectAccessRequest> find(RequestId id);

    /** Records the proof of identity checked (the day and what was seen). */
    SubjectAccessRequest checkIdentity(RequestId id, LocalDate on, String evidence);

    /**
     * Records the check of the representative's own proof of identity (the day and what was seen); refused when the
     * request has no representative.
     */
    SubjectAccessRequest checkRepresentative(RequestId id, LocalDate on, String evidence);

    /** Extends the due date of a complex request, to at most three months after receipt, with the reason. */
    SubjectAccessRequest extend(RequestId id, LocalDate to, String reason);

    /** The items flagged for review in the output as it stands, numbered in output order, with their reviews. */
    List<FlaggedItem> flaggedItems(RequestId id);

    /** Reviews one flagged item: released or kept redacted, with the reason (a new review replaces the last). */
    void review(RequestId id, String itemKey, FlaggedItem.Decision decision, String reason);

    /**
     * Releases the output: refused (as {@code InvalidInputException}) while the identity is unchecked (the person's,
     * and a representative's), any flagged item is unreviewed or a correction awaits its second approver. Audited as an export of the person's record; ends the officers' grants.
     */
    SubjectAccessRequest release(RequestId id);

    /**
     * The field of the release's four-eyes refusal: the officer who released (in the review in force) an item naming
     * or protecting someone else may not release the request too, unless the person at risk asks for herself.
     */
    String SECOND_OFFICER = "releasedBy";

    /** The output with the reviews applied (unreviewed items withheld); audited as an export. */
    SubjectAccessPackage output(RequestId id);

    /**
     * Proposes a correction of the person's record (rectification) at the requester's (or someone's) request: it
     * changes nothing until a second officer approves it ({@link #approve}). Validated as {@code People#correct}
     * validates (and refused when the value is already the recorded one). Open requests only. Audited with the ids.
     */
    ProposedCorrection propose(RequestId id, PersonCorrection.Field field, String newValue, String reason,
            String requestedBy);

    /** The corrections proposed on the request, with their decisions, oldest first. */
    List<ProposedCorrection> proposals(RequestId id);

    /** The review list: the agency's proposed corrections awaiting a second approver, oldest first. */
    List<ProposedCorrection> awaitingApproval();

    /** A proposed correction of the agency's, or empty. */
    Optional<ProposedCorrection> proposal(CorrectionId id);

    /**
     * Approves a proposed correction, which then corrects the record through {@code People#correct} (the person's
     * history keeps the old and new value). Refused (as {@code InvalidInputException}) to the officer who proposed it
     * (four eyes), when it is already decided, when the request has been released, and when the recorded value is no
     * longer the one the proposal saw (propose again).
     */
    ProposedCorrection approve(CorrectionId id);

    /** Rejects a proposed correction with the reason: nothing changes. Refused to its proposer, as {@link #approve}. */
    ProposedCorrection reject(CorrectionId id, String reason);

    /** The corrections made to the person's record. */
    List<PersonCorrection> corrections(RequestId id);

    /** What happened to the request after its release, oldest first (an erasure reaching its released package). */
    List<RequestHistory> history(RequestId id);
}
