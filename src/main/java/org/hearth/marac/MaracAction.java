package org.hearth.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;

/**
 * An action agreed at a MARAC meeting: for the victim, the children or the perpetrator, owned by a member agency,
 * due on a date, addressing a stated risk; tracked to completion with progress notes and evidence. Its owner agency's
 * named representative and deputy hold {@code MARAC_ACTION} on the people it concerns until it closes.
 *
 * @param closedAt null while open
 */
public record MaracAction(MaracActionId id, MaracMeetingId meeting, LocalDate meetsOn, MaracReferralId referral,
        String reference, Subject subject, String description, String risk, AgencyId owner, LocalDate dueOn,
        Instant closedAt, String closedBy, List<Progress> progress) {

    public MaracAction {
        progress = progress == null ? List.of() : List.copyOf(progress);
    }

    /** Whom the action is for (SafeLives principle 6: action plans for the victim, the children and the perpetrator). */
    public enum Subject {
        VICTIM("The victim"), CHILDREN("The children"), PERPETRATOR("The perpetrator");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A progress note, with its evidence; {@code completes} for the note that closed the action. */
    public record Progress(String note, String evidence, boolean completes, Instant recordedAt, String recordedBy) {
    }

    public boolean open() {
        return closedAt == null;
    }

    /** Open after its due day (an action due today is not overdue until tomorrow). */
    public boolean overdue(LocalDate today) {
        return open() && dueOn.isBefore(today);
    }
}
