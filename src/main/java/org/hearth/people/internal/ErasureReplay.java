package org.hearth.people.internal;

import java.nio.file.Files;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonErasure;
import org.hearth.people.PersonId;
import org.hearth.platform.ErasureLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, before the web server opens or any job runs ({@link SmartInitializingSingleton}: once every bean is
 * made, before the context starts), erases again every record the {@link ErasureLedger} names that is in the database
 * without a tombstone: what a restore of an older backup brought back. Each through {@link PersonErasure#erase}, as
 * the first time, approved by the same member of staff (or, when the backup predates their account, by the first
 * account of the restored database, the rule saying so), with an audit entry by "Hearth at start (erasure ledger)"
 * in the same transaction. A ledger line whose MAC does not match (forged, edited, or signed with another key) erases
 * no one: it is logged as an error by its line number and audited. An erasure that fails stops the start: Hearth does
 * not serve a record it should have erased. No ledger file while the database holds tombstones is logged as an error
 * (those erasures cannot be replayed after a restore). Logs ids and counts only.
 */
@Component
class ErasureReplay implements SmartInitializingSingleton {

    static final String ACTOR = "Hearth at start (erasure ledger)";

    private static final Logger log = LoggerFactory.getLogger(ErasureReplay.class);

    private final ErasureLedger ledger;
    private final PersonErasure erasure;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ErasureReplay(ErasureLedger ledger, PersonErasure erasure, JdbcClient jdbc, AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.erasure = erasure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        replay();
    }

    /** Erases again what the ledger names and the database holds; returns how many records. */
    int replay() {
        if (!Files.exists(ledger.file())) {
            long tombstones = jdbc.sql("SELECT count(*) FROM person_tombstone").query(Long.class).single();
            if (tombstones > 0) {
                log.error("No erasure ledger at {} although {} records were erased: a restore of an older backup "
                        + "brings those erased since it back (see docs/operations.md)", ledger.file(), tombstones);
            }
            return 0;
        }
        int again = 0;
        for (ErasureLedger.Entry e : ledger.entries()) {
            if (!e.valid()) {
                refuse(e);
                continue;
            }
            for (UUID id : e.records()) {
                if (backWithoutTombstone(id) && eraseAgain(id, e)) {
                    again++;
                }
            }
        }
        if (again > 0) {
            log.warn("{} records erased since the backup that was restored were erased again", again);
        }
        return again;
    }

    private void refuse(ErasureLedger.Entry e) {
        log.error("Erasure ledger {} line {} is not signed with this Hearth's key (forged, edited or from another "
                + "key): it erases no one", ledger.file(), e.line());
        audit.recordFor(ACTOR, null, AuditAction.VERIFY, "erasure-ledger", List.of("line " + e.line()),
                "not signed with this Hearth's key: refused, erases no one");
    }

    private boolean eraseAgain(UUID id, ErasureLedger.Entry e) {
        UUID approver = e.approvedBy();
        String rule = "Erased again after a restore (first erased " + e.at() + ")";
        if (!staffExists(approver)) {
            rule += "; approved by staff " + approver + ", who is not in the restored database";
            approver = firstStaff();
        }
        String why = rule;
        UUID by = approver;
        try {
            tx.executeWithoutResult(status -> {
                erasure.erase(new PersonId(id), why, by);
                audit.recordFor(ACTOR, by, AuditAction.DELETE, "person", List.of(id.toString()),
                        "erased again after a restore, from erasure ledger line " + e.line());
            });
        } catch (NoSuchElementException gone) {
            return false; // another instance starting on the same database erased it first
        }
        log.info("Person {} erased again from the erasure ledger (line {})", id, e.line());
        return true;
    }

    private boolean backWithoutTombstone(UUID id) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM person WHERE id = :id AND merged_into IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM person_tombstone WHERE person_id = :id)""").param("id", id)
                .query(Boolean.class).single();
    }

    private boolean staffExists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user WHERE id = ?)").param(id).query(Boolean.class).single();
    }

    private UUID firstStaff() {
        return jdbc.sql("SELECT id FROM staff_user ORDER BY created_at, id LIMIT 1").query(UUID.class).single();
    }
}
