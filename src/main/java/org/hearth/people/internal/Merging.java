package org.hearth.people.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.MergeId;
import org.hearth.people.MergeRefusedException;
import org.hearth.people.PersonId;
import org.hearth.people.PersonReferences;
import org.hearth.people.PersonsMerged;
import org.hearth.people.PersonsUnmerged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge and its undoing, in the caller's transaction. A merge locks both person rows, refuses conflicting
 * confirmed identities unless forced with a reason ({@link MergeRules}), keeps the merged record's row as JSON, lets
 * every {@link PersonReferences} move its rows through one {@link JdbcMergeLedger}, adds the merged name as an alias
 * of the survivor, keeps one current address, and leaves the merged record as a tombstone. Logs ids only.
 */
@Component
class Merging {

    private static final Logger log = LoggerFactory.getLogger(Merging.class);

    private final MergeStore store;
    private final DuplicateStore duplicates;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final List<PersonReferences> references;
    private final ApplicationEventPublisher events;
    private final EngineMatcher matcher;

    Merging(MergeStore store, DuplicateStore duplicates, JdbcClient jdbc, AuditTrail audit,
            List<PersonReferences> references, ApplicationEventPublisher events, EngineMatcher matcher) {
        this.store = store;
        this.duplicates = duplicates;
        this.jdbc = jdbc;
        this.audit = audit;
        this.references = references;
        this.events = events;
        this.matcher = matcher;
    }

    MergeId merge(Actor me, PersonId survivor, PersonId merged, String reason, boolean force, String forceReason) {
        String why = MergeRules.reason(reason, "Give the reason for the merge");
        MergeRules.requireTwo(survivor, merged, "A record cannot be merged with itself");
        UUID[] k = MergeRules.ordered(survivor, merged);
        if (store.lock(k) != 2) {
            throw new NoSuchElementException("no such person");
        }
        if (store.tombstones(k) > 0) {
            throw new MergeRefusedException("One of these records has already been merged into another", List.of());
        }
        List<String> conflicts = MergeRules.conflicts(duplicates.identities(survivor, merged));
        boolean forced = MergeRules.forced(conflicts, force, forceReason);
        MergeId id = MergeId.random();
        store.insert(id, survivor, merged, why, forced ? forceReason.trim() : null, conflicts, me.actorId());
        store.mergingOn();
        JdbcMergeLedger ledger = new JdbcMergeLedger(jdbc, id, merged, survivor);
        for (PersonReferences r : references) {
            r.move(merged, survivor, ledger);
        }
        // the merged record's name becomes another name of the survivor, so it is still found by it
        store.aliasMergedName(survivor, merged)
                .forEach(alias -> ledger.added("person_alias", "person_id", "{\"id\": " + alias + "}"));
        oneCurrentAddress(ledger, survivor);
        store.markMerged(id, k, survivor, merged, why, me.actorId());
        audit.record(AuditAction.UPDATE, "person", List.of(survivor.toString(), merged.toString(), id.toString()),
                MergeRules.merged(survivor, merged, why, forced, forceReason));
        events.publishEvent(new PersonsMerged(id, survivor, merged));
        matcher.changed(survivor.value()); // the merged record leaves the index as this commits
        matcher.changed(merged.value());
        log.info("Person {} merged into {} (merge {})", merged, survivor, id);
        return id;
    }

    void unmerge(Actor me, MergeId merge, String reason) {
        String why = MergeRules.reason(reason, "Give the reason for the unmerge");
        MergeStore.Recorded m = store.lockMerge(merge).orElseThrow(() -> new NoSuchElementException("no such merge"));
        if (m.undone()) {
            throw new MergeRefusedException("This merge has already been undone", List.of());
        }
        store.lock(MergeRules.ordered(m.survivor(), m.merged()));
        if (store.mergedAway(m.survivor())) {
            throw new MergeRefusedException(
                    "The surviving record has since been merged into another: undo that merge first", List.of());
        }
        store.mergingOn();
        int missed = JdbcMergeLedger.restore(jdbc, merge, m.merged(), m.survivor());
        store.restorePerson(merge, m.merged());
        // back on the list: the hub may now say they are not the same person
        store.markUnmerged(merge, why, me.actorId());
        audit.record(AuditAction.UPDATE, "person",
                List.of(m.survivor().toString(), m.merged().toString(), merge.toString()),
                "unmerged " + m.merged() + " from " + m.survivor() + ": " + why);
        events.publishEvent(new PersonsUnmerged(merge, m.survivor(), m.merged()));
        matcher.changed(m.survivor().value()); // and comes back as this commits
        matcher.changed(m.merged().value());
        log.info("Merge {} undone ({} ledger rows changed since)", merge, missed);
    }

    /**
     * Two records of one person each have a current address; after the merge one stays current (the latest, the
     * newest entry on the same date) and the others go into the history, ended the day the kept one began (or
     * today). The same address given twice is kept once. In the ledger each other address is removed whole and,
     * unless it repeated the kept one, an ended copy added, so an unmerge puts back exactly what there was.
     */
    private void oneCurrentAddress(JdbcMergeLedger ledger, PersonId survivor) {
        List<MergeRules.Current> current = store.currentAddresses(survivor);
        for (MergeRules.Current other : MergeRules.ended(current)) {
            MergeRules.Current kept = current.get(0);
            String row = store.deleteAddress(other.id());
            ledger.removed("person_address", "person_id", row);
            if (MergeRules.copied(other, kept)) {
                UUID copy = UUID.randomUUID();
                store.insertEndedCopy(copy, row, kept.from());
                ledger.added("person_address", "person_id", "{\"id\": \"" + copy + "\"}");
            }
        }
    }
}
