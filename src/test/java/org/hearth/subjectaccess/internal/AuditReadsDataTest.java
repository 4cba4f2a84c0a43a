package org.hearth.subjectaccess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Who read the record, as subject access gives it: each reading is its own item, with a key of its own, whether or
 * not the audit appender has chained its entry yet (an entry not chained has no place in the chain: seq 0).
 */
class AuditReadsDataTest {

    private static AuditEntry read(long id, long seq, String reader, String reason) {
        return new AuditEntry(id, seq, Instant.parse("2026-11-30T10:15:00Z").plusSeconds(id), UUID.randomUUID(),
                reader, AuditAction.READ, "person", List.of(UUID.randomUUID().toString()), reason, "10.0.0.9",
                null, null);
    }

    private static List<PersonDataSection.Field> fields(AuditEntry... entries) {
        AuditTrail trail = mock(AuditTrail.class);
        when(trail.search(any(), anyInt(), anyInt())).thenReturn(List.of(entries));
        PersonDataSection section = new AuditReadsData(trail).section(new PersonId(UUID.randomUUID()));
        return section.entries().isEmpty() ? List.of() : section.entries().get(0).fields();
    }

    @Test
    void twoReadingsNotChainedYetAreTwoItemsWithKeysOfTheirOwn() {
        List<PersonDataSection.Field> fields = fields(read(9012, 0, "Ada Reader", null),
                read(9011, 0, "Bo Reader", null));
        assertThat(fields).extracting(PersonDataSection.Field::key)
                .containsExactly("audit:9012:reader", "audit:9011:reader");
        assertThat(fields.get(0).value()).startsWith("Ada Reader, ");
        assertThat(fields.get(1).value()).startsWith("Bo Reader, ");
    }

    @Test
    void aReadingKeepsItsKeyWhenTheAppenderChainsIt() {
        assertThat(fields(read(9013, 0, "Ada Reader", null))).extracting(PersonDataSection.Field::key)
                .isEqualTo(fields(read(9013, 4711, "Ada Reader", null)).stream().map(PersonDataSection.Field::key)
                        .toList());
    }

    @Test
    void theOfficersOwnReadingsForTheRequestAreLeftOut() {
        assertThat(fields(read(9014, 0, "Rowan Officer", "subject access request 42"))).isEmpty();
    }
}
