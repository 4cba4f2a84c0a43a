package org.hearth.retention;

import java.time.Instant;
import java.util.UUID;
import org.hearth.people.PersonId;

/** A hold a coordinator placed on a record past its date: the kind, the reason (no names), who and when. */
public record Hold(UUID id, PersonId person, HoldKind kind, String reason, String heldBy, Instant heldAt) {
}
