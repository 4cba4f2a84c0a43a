package org.hearth.retention;

import java.time.Instant;
import org.hearth.people.PersonId;

/** A tombstone as the coordinator sees it: the Hearth id, when, under which rule, who approved. */
public record Erased(PersonId person, Instant erasedAt, String rule, String approvedBy) {
}
