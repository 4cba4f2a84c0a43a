package org.hearth.disclosure;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.people.PersonId;

/**
 * A check asked of the current user's agency: about whom (the subject only, by name when the user holds a ground on
 * them), by when, and the answer if given. Never the applicant, the person at risk or the route: the subject never
 * learns who asked, and neither does the agency.
 */
public record CheckTask(UUID id, String reference, PersonId subject, String subjectName, LocalDate requestedOn,
        LocalDate dueOn, LocalDate respondedOn, Boolean holdsInformation, String response) {
}
