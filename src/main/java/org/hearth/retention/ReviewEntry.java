package org.hearth.retention;

import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonId;

/**
 * A person record past its retention date, as the coordinator sees it: the Hearth id, the record type, the dates and
 * why it is kept, never a name or a date of birth.
 *
 * @param automaticHolds holds Hearth applies itself (open MARAC case, open casework case, ongoing death review...)
 * @param hold the coordinator's hold, or null
 */
public record ReviewEntry(PersonId person, RecordType type, String rule, LocalDate lastInvolvement, LocalDate dueOn,
        List<String> automaticHolds, Hold hold) {

    public ReviewEntry {
        automaticHolds = List.copyOf(automaticHolds);
    }

    /** Held: automatically or by a coordinator; not open to erasure. */
    public boolean held() {
        return !automaticHolds.isEmpty() || hold != null;
    }
}
