package org.hearth.subjectaccess.internal;

import java.util.List;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonDataSource;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.springframework.stereotype.Component;

/**
 * Who has read the person's record, from the audit trail's API: each reading's day and time (the person's own
 * information) and the reader's name (staff). The most recent {@value #MAX} readings, leaving out the readings
 * made for a subject access request itself (else every review would add an item to review).
 */
@Component
class AuditReadsData implements PersonDataSource {

    static final int MAX = 500;

    private final AuditTrail audit;

    AuditReadsData(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public PersonDataSection section(PersonId person) {
        List<AuditEntry> reads = audit.search(new AuditQuery(null, AuditAction.READ, "person",
                person.value().toString(), null, null), 0, MAX);
        List<Field> fields = new java.util.ArrayList<>();
        for (AuditEntry e : reads) {
            if (e.reason() != null && e.reason().startsWith("subject access")) {
                continue; // the officer's own reading for this request: each would add an item to review
            }
            String when = Dates.dayAndTime(e.occurredAt());
            // the time is part of the value (withheld with the reader's name for a person causing harm: a cluster of
            // readings before a meeting says too much), never of the label, which always goes out
            // keyed by the entry's own id: its place in the chain (seq) is 0 for every entry not chained yet
            fields.add(new Field("audit:" + e.id() + ":reader", "Read by",
                    (e.actorName() == null ? "A member of staff" : e.actorName()) + ", " + when, Kind.STAFF));
        }
        return new PersonDataSection("Who has read your record",
                fields.isEmpty() ? List.of() : List.of(new Entry("Readings, most recent first", fields)));
    }
}
