package org.hearth.access.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers held for the rest of the current read-only transaction, so that a page which asks the same thing twice
 * (My work asks for the signed-in user once for MARAC research and once for MARAC actions) reads it once. Only in a
 * read-only transaction: in a read-write one a change made earlier in the transaction must be seen, so every call
 * reads. Forgotten when the transaction ends: the next request, or any later transaction, reads afresh, so a user
 * disabled or given other roles meanwhile is seen as they are now. Within the transaction, a change made in a nested
 * {@code REQUIRES_NEW} transaction is not seen (nested ones share the outer one's answers): nothing in a read-only
 * page changes a staff user.
 */
final class ReadOnlyMemo<K, V> {

    private final String name;

    /** {@code name}: unique to this memo (it names the transaction's resource). */
    ReadOnlyMemo(String name) {
        this.name = ReadOnlyMemo.class.getName() + ":" + name;
    }

    /** The answer for {@code key}: held from earlier in this read-only transaction, or {@code read} now. */
    V get(K key, Function<K, V> read) {
        Map<K, V> held = held();
        if (held == null) {
            return read.apply(key);
        }
        V value = held.get(key);
        if (value == null) {
            value = read.apply(key);
            held.put(key, value);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> held() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Map<K, V> held = (Map<K, V>) TransactionSynchronizationManager.getResource(name);
        if (held == null) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(name, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(name);
                }
            });
            held = fresh;
        }
        return held;
    }
}
