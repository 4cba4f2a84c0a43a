package org.hearth.marac;

import java.time.LocalDate;
import org.hearth.partnership.AgencyId;

/**
 * An action as the chair records it at the meeting: every field is required; the owner is a member agency of the
 * MARAC and the due date is not before the meeting.
 */
public record NewMaracAction(MaracAction.Subject subject, String description, String risk, AgencyId owner,
        LocalDate dueOn) {
}
