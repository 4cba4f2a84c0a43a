package org.hearth.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit page filtered by a record id: its entries page by page, newest first, the same whether few entries name
 * the record (read through the records' index and sorted) or more than {@link AuditSearch#FEW} (the newest-first
 * walk of the trail), other entries never among them.
 */
@HearthIntegrationTest
class AuditRecordSearchTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aRecordsEntriesArePagedNewestFirstWhetherFewOrManyNameIt() {
        String few = UUID.randomUUID().toString();
        String many = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.batchUntilCommit();
            for (int i = 0; i < AuditSearch.FEW + 30; i++) {
                // every 60th names the rare record too, the others name a record of their own
                List<String> ids = i % 60 == 0 ? List.of(many, few) : List.of(many, UUID.randomUUID().toString());
                trail.record(AuditAction.READ, "person", ids, "entry " + i);
            }
        });
        trail.record(AuditAction.READ, "person", List.of(UUID.randomUUID().toString()), "naming neither");
        assertThat(expected(few)).hasSize(34);
        assertThat(expected(many)).hasSize(AuditSearch.FEW + 30);

        for (String record : List.of(few, many)) {
            List<Long> all = expected(record);
            AuditQuery query = new AuditQuery(null, null, null, " " + record + " ", null, null);
            for (int offset : List.of(0, 25, all.size() - 10)) {
                assertThat(trail.search(query, offset, 25)).extracting(AuditEntry::id)
                        .as("page at %d of %d entries", offset, all.size())
                        .containsExactlyElementsOf(all.subList(offset, Math.min(all.size(), offset + 25)));
            }
            assertThat(trail.count(query)).isEqualTo(all.size());
        }
    }

    private List<Long> expected(String record) {
        return jdbc.sql("SELECT id FROM audit_event WHERE ? = ANY(record_ids) ORDER BY id DESC").param(record)
                .query(Long.class).list();
    }
}
