package org.hearth.people.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.people.Address;
import org.hearth.people.PersonDetails;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.PersonIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties the person index to transactions. A person written in a transaction is read just before it commits (in its
 * final state, and before the audit trail takes its chain lock) and indexed once it has committed, never if it
 * rolls back; an erased person leaves the index once the erasure commits. A transaction that asked to match its
 * own uncommitted persons (a chunk of the police import) finds them in its lookups, and nobody else does.
 */
@Component
class IndexTransactions {

    private static final Logger log = LoggerFactory.getLogger(IndexTransactions.class);

    private final PersonIndexStore store;
    private final LiveIndex live;
    private final IndexBuilder builder;
    /** The key under which a transaction's {@link Uncommitted} is bound. */
    private final Object uncommittedKey = new Object();
    /** The key under which a transaction's persons changed are bound. */
    private final Object changedKey = new Object();

    IndexTransactions(PersonIndexStore store, LiveIndex live, IndexBuilder builder) {
        this.store = store;
        this.live = live;
        this.builder = builder;
    }

    /**
     * The persons created in one transaction that asked to {@link #matchUncommitted}: their records, and an index
     * made of the committed one ({@code base}) with them added, brought up to date lazily at the next lookup.
     */
    private static final class Uncommitted {
        final Map<UUID, List<MatchRecord>> records = new HashMap<>();
        final List<MatchRecord> notIndexed = new ArrayList<>();
        PersonIndex base;
        PersonIndex index;
    }

    /** See {@link org.hearth.people.PersonMatcher#matchUncommitted}. */
    void matchUncommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(uncommittedKey)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(uncommittedKey, new Uncommitted());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(uncommittedKey);
            }
        });
    }

    /**
     * A person {@link PersonChanges#create} wrote: in a transaction that asked to {@link #matchUncommitted}, found by
     * later lookups in it (never outside it: it reaches the shared index only when it commits, through
     * {@link #changed}).
     */
    void created(UUID person, PersonDetails d, List<String> aliases, Address address) {
        Uncommitted u = uncommitted();
        if (u == null) {
            return;
        }
        List<MatchRecord> rs = IndexRecords.of(IndexRecords.created(person, d, aliases, address));
        u.records.put(person, rs);
        u.notIndexed.addAll(rs);
    }

    private static Object resource(Object key) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? TransactionSynchronizationManager.getResource(key) : null;
    }

    private Uncommitted uncommitted() {
        return (Uncommitted) resource(uncommittedKey);
    }

    /** The index a lookup in this transaction uses: the shared one, with the transaction's new persons if asked. */
    PersonIndex forThisTransaction(PersonIndex current) {
        Uncommitted u = current == null ? null : uncommitted();
        if (u == null || u.records.isEmpty()) {
            return current;
        }
        if (u.base != current) {
            // the shared index moved on (a poll, a retrain): the transaction's persons again on the new one
            List<MatchRecord> all = new ArrayList<>();
            u.records.values().forEach(all::addAll);
            u.base = current;
            u.index = current.with(all, List.of());
            u.notIndexed.clear();
        } else if (!u.notIndexed.isEmpty()) {
            u.index = u.index.with(List.copyOf(u.notIndexed), List.of());
            u.notIndexed.clear();
        }
        return u.index;
    }

    /** A person created in this transaction (and not committed yet): its records, or null. */
    List<MatchRecord> uncommittedRecords(UUID person) {
        Uncommitted u = uncommitted();
        return u == null ? null : u.records.get(person);
    }

    /**
     * A person whose name, date of birth, sex, aliases or address was written: indexed once the transaction
     * commits (read just before), or at once outside a transaction.
     */
    void changed(UUID person) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (live.current() != null) {
                builder.retrainIfDue(live.apply(store.byIds(List.of(person)), true));
            }
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(changedKey);
        if (pending == null) {
            Set<UUID> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(changedKey, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private List<IndexRow> read = List.of();

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    if (live.current() != null) {
                        read = store.byIds(ids);
                    }
                }

                @Override
                public void afterCommit() {
                    try {
                        builder.retrainIfDue(live.apply(read, true));
                    } catch (RuntimeException e) {
                        // committed all the same; the next poll brings the person in
                        log.warn("Person index not updated after a commit: {}", e.getClass().getSimpleName());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changedKey);
                }
            });
            pending = ids;
        }
        pending.add(person);
    }

    /** These persons leave the index once the transaction commits (never if it rolls back), or at once outside one. */
    void erased(Collection<UUID> persons) {
        List<UUID> ids = List.copyOf(persons);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            live.forget(ids);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                live.forget(ids);
            }
        });
    }
}
