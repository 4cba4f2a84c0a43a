package org.hearth.encompass;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Operation Encompass notifications: for the hub (the clock, the attention list) and for a school's key adult
 * (their own school's notifications only). Every read of a notification's content is audited.
 */
public interface Encompass {

    /** A notification on the hub's clock: no personal data, only the school, the reference and the times. */
    record ClockEntry(UUID id, UUID referralId, String schoolName, String policeReference, Instant createdAt,
            Instant dueAt, Instant acknowledgedAt) {

        public boolean overdue(Instant now) {
            return acknowledgedAt == null && dueAt.isBefore(now);
        }
    }

    /** A child of school age whose school is not known (or whose area has no education safeguarding team). */
    record AttentionEntry(UUID id, UUID referralId, UUID childId, String childName, String reason, Instant createdAt) {
    }

    /**
     * The period's figures (notifications made from {@code from} to {@code to}, UK days): how many, how many were made
     * before they were due (before the start of the school's next school day), acknowledged, acknowledged after they
     * were due, not acknowledged, the median hours to acknowledge, and the schools that acknowledged none of theirs.
     */
    record Figures(int made, int madeBeforeDue, int acknowledged, int acknowledgedLate, int unacknowledged,
            Double medianHoursToAcknowledge, java.util.List<String> schoolsNeverAcknowledging) {

        /** Made before due, as a percentage (null with none made). */
        public Integer madeBeforeDuePercent() {
            return made == 0 ? null : (int) Math.round(100.0 * madeBeforeDue / made);
        }
    }

    /** The figures of a period (hub coordinators, administrators, partnership coordinators and analysts). */
    Figures figures(java.time.LocalDate from, java.time.LocalDate to);

    /** The notifications not yet acknowledged, earliest due first (for hub coordinators). */
    List<ClockEntry> clock();

    /** The notifications acknowledged since {@code since}, newest first (for hub coordinators). */
    List<ClockEntry> acknowledgedSince(Instant since);

    /**
     * Children the hub must find a school for, the 500 most recent first (audited: the list names them). Hub
     * coordinators only: an administrator keeps the register and the clock but reads no child's name.
     */
    List<AttentionEntry> attention();

    /** How many children are waiting for a school, no more than 500 (the clock's readers; names no one). */
    int attentionWaiting();

    /**
     * The hub has found the child's school (or the child is home-educated, then {@code school} is null and the
     * area's education safeguarding team is told): the link is recorded and the notification made, due by the
     * school's clock from the incident. Hub coordinators only.
     */
    void resolve(UUID attentionId, SchoolId school);

    /** The signed-in key adult's notifications, newest first (audited with the ids shown). */
    List<EncompassNotification> mine();

    /**
     * One notification, for the signed-in key adult, only when it was sent to their own establishment (audited);
     * empty otherwise, whether it exists or not.
     */
    Optional<EncompassNotification> mine(UUID id);

    /** The signed-in key adult acknowledges receipt of one of their own establishment's notifications. */
    boolean acknowledge(UUID id);
}
