package org.hearth.people.internal;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.people.PersonErasure;
import org.hearth.people.PersonId;
import org.hearth.platform.ErasureLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, before the web server opens or any job runs ({@link SmartInitializingSingleton}: once every bean is
 * made, before the context starts), erases again every record the {@link ErasureLedger} names that is in the database
 * without a tombstone: what a restore of an older backup brought back. Each through {@link PersonErasure#erase}, as
 * the first time, approved by the same member of staff (or, when the backup predates their account, by the first
 * account of the restored database, the rule saying so). A ledger line whose MAC does not match is not replayed and is
 * logged by its line number. An erasure that fails stops the start: Hearth does not serve a record it should have
 * erased. Logs ids and counts only.
 */
@Component
class ErasureReplay implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ErasureReplay.class);

    private final ErasureLedger ledger;
    private final PersonErasure erasure;
    private final JdbcClient jdbc;

    ErasureReplay(ErasureLedger ledger, PersonErasure erasure, JdbcClient jdbc) {
        this.ledger = ledger;
        this.erasure = erasure;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        replay();
    }

    /** Erases again what the ledger names and the database holds; returns how many records. */
    int replay() {
        int again = 0;
        for (ErasureLedger.Entry e : ledger.entries()) {
            if (!e.valid()) {
                log.warn("Erasure ledger {} line {}: not a valid signed line, not replayed", ledger.file(), e.line());
                continue;
            }
            for (UUID id : e.records()) {
                if (backWithoutTombstone(id)) {
                    UUID approver = e.approvedBy();
                    String rule = "Erased again after a restore (first erased " + e.at() + ")";
                    if (!staffExists(approver)) {
                        rule += "; approved by staff " + approver + ", who is not in the restored database";
                        approver = firstStaff();
                    }
                    try {
                        erasure.erase(new PersonId(id), rule, approver);
                    } catch (NoSuchElementException gone) {
                        continue; // another instance starting on the same database erased it first
                    }
                    log.info("Person {} erased again from the erasure ledger (line {})", id, e.line());
                    again++;
                }
            }
        }
        if (again > 0) {
            log.warn("{} records erased since the backup that was restored were erased again", again);
        }
        return again;
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
