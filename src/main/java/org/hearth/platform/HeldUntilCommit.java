package org.hearth.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Items a transaction holds instead of handling each at once (a police import chunk's referral arrivals, its possible
 * matches), and what is done with those still held just before it commits: inside the transaction, so a failure
 * there fails the commit. One instance a kind of item; each transaction that {@link #hold}s gets its own list.
 */
public final class HeldUntilCommit<T> {

    private final Object key = new Object();

    /**
     * Starts holding in the current transaction; just before it commits, {@code beforeCommit} gets what is still held.
     * Does nothing outside a transaction or when this transaction holds already.
     */
    public void hold(Consumer<List<T>> beforeCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        List<T> held = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(key, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // from here on an item is handled at once: one added by a later before-commit callback is never held
                // in a list nobody hands over
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                beforeCommit.accept(held);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    /** The list the current transaction holds (to add to, or to take from), or null when it holds none. */
    @SuppressWarnings("unchecked")
    public List<T> held() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (List<T>) TransactionSynchronizationManager.getResource(key) : null;
    }
}
