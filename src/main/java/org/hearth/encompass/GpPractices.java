package org.hearth.encompass;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.people.PersonId;

/**
 * GP practices (issue 13 point 4): the register per area with routine enquiry, people's registered practices, the
 * notification to the victim's and the perpetrator's practice for a hub or MARAC case (for the record, never shown
 * in patient online access, with whom to contact), the hub's list of people whose practice is not known, and
 * referrals identified by routine enquiry. The register is for hub coordinators and administrators; a practice's
 * key adult reads only their own practice's notifications. Changes and reads of patients are audited.
 */
public interface GpPractices {

    /** A practice with its figures: notifications made to it, and referrals identified by its routine enquiry. */
    record Figures(GpPractice practice, String areaName, int notifications, int routineEnquiryReferrals) {
    }

    /** A person of a case whose practice is not known (the hub chooses it). */
    record Attention(UUID id, PersonId person, String personName, String part, String source, java.time.Instant createdAt) {
    }

    /** Every practice with its figures, most notifications first (where to roll routine enquiry out next). */
    List<Figures> register();

    Optional<GpPractice> find(GpPracticeId id);

    /**
     * Imports practices from CSV (header: area, name, ods_code, contact_name, contact_email, routine_enquiry; the
     * area by name, routine enquiry YES, IN_DISCUSSION or NO, blank for NO). Each row is added or refused on its own,
     * with its reasons: an unknown area, an ODS code that is not a letter and 5 digits, one twice in the file or
     * already in the register, a practice of the same name already in the area, a missing lead, a bad e-mail, an
     * unknown routine enquiry. Audited with the ids added.
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code file}) when the header lacks a column or the
     *     file is not CSV
     */
    ImportReport importCsv(java.io.Reader csv);

    /** @throws org.hearth.platform.InvalidInputException with a field error per problem */
    GpPracticeId add(GpPracticeChanges practice);

    /** @throws org.hearth.platform.InvalidInputException with a field error per problem; nothing is changed */
    void update(GpPracticeId id, GpPracticeChanges practice);

    /** Records a person's registered practice (replacing an earlier one). */
    void recordPractice(PersonId person, GpPracticeId practice);

    /**
     * The people of hub and MARAC cases whose practice is not known (audited: the list names them). Hub
     * coordinators only: an administrator keeps the register but reads no one's name.
     */
    List<Attention> attention();

    /** How many people are waiting for a practice, no more than 500 (the register's keepers; names no one). */
    int attentionWaiting();

    /** The hub found the person's practice: it is recorded and the notification made (hub coordinators only). */
    void resolve(UUID attentionId, GpPracticeId practice);

    /**
     * Marks a referral, by its reference, as identified by this practice's routine enquiry.
     *
     * @throws org.hearth.platform.InvalidInputException (field {@code reference}) for an unknown reference
     */
    void markRoutineEnquiry(GpPracticeId practice, String referralReference);

    void addContact(GpPracticeId practice, StaffUserId user);

    /** Unlinks a key adult's account: it sees none of the practice's notifications from that moment. */
    boolean removeContact(GpPracticeId practice, StaffUserId user);

    List<StaffUserId> contacts(GpPracticeId practice);

    /** The signed-in key adult's practice notifications, newest first (audited with the patients' ids). */
    List<GpNotification> mine();

    /** One, only when sent to the key adult's own practice (audited); empty otherwise, whether it exists or not. */
    Optional<GpNotification> mine(UUID id);

    boolean acknowledge(UUID id);
}
