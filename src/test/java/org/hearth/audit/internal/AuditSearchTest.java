package org.hearth.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.junit.jupiter.api.Test;

/**
 * The audit search's filters ({@link JdbcAuditTrail#where}): an auditor asking who opened a record must get every
 * entry of that record and that person, over whole UK days, and nothing typed is put into the SQL text.
 */
class AuditSearchTest {

    @Test
    void everyFilterIsAnArgumentNeverText() {
        List<Object> args = new ArrayList<>();
        String where = AuditSearch.where(new AuditQuery("  Sam.Worker ", AuditAction.BREAK_GLASS, " person ",
                " 1234' OR '1'='1 ", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)), args);
        assertThat(where).isEqualTo(" WHERE actor_name = ? AND action = ? AND record_type = ? AND "
                + "record_ids @> ARRAY[?]::text[] AND occurred_at >= ? AND occurred_at < ?");
        assertThat(args).containsExactly("sam.worker", "BREAK_GLASS", "person", "1234' OR '1'='1",
                // whole days in the UK: from midnight BST on the 1st up to midnight BST after the 31st
                Timestamp.from(Instant.parse("2026-06-30T23:00:00Z")), Timestamp.from(Instant.parse("2026-07-31T23:00:00Z")));
    }

    @Test
    void noFilterIsEveryEntryAndBlankFiltersAreNone() {
        List<Object> args = new ArrayList<>();
        assertThat(AuditSearch.where(new AuditQuery(null, null, null, null, null, null), args)).isEmpty();
        assertThat(AuditSearch.where(new AuditQuery(" ", null, "  ", "\t", null, null), args)).isEmpty();
        assertThat(args).isEmpty();
    }

    @Test
    void aWinterDayIsAGreenwichDay() {
        List<Object> args = new ArrayList<>();
        assertThat(AuditSearch.where(new AuditQuery(null, null, null, null, null, LocalDate.of(2026, 1, 15)), args))
                .isEqualTo(" WHERE occurred_at < ?");
        assertThat(args).containsExactly(Timestamp.from(Instant.parse("2026-01-16T00:00:00Z")));
        args.clear();
        assertThat(AuditSearch.where(new AuditQuery(null, null, null, "p-1", LocalDate.of(2026, 1, 15), null), args))
                .isEqualTo(" WHERE record_ids @> ARRAY[?]::text[] AND occurred_at >= ?");
        assertThat(args).containsExactly("p-1", Timestamp.from(Instant.parse("2026-01-15T00:00:00Z")));
    }
}
