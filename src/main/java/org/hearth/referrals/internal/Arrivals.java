package org.hearth.referrals.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralsReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces referrals as they are recorded: {@link ReferralReceived} each, or, in a transaction that asked to
 * {@link #hold} them (a chunk of the police import), one {@link ReferralsReceived} for all of them, published by
 * {@link #publishHeld} inside that transaction. A transaction that would commit with arrivals held and not
 * published fails instead, so no arrival is ever lost.
 */
@Component
public class Arrivals {

    private final ApplicationEventPublisher events;
    private final Object key = new Object();

    Arrivals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Holds the arrivals of the current transaction until {@link #publishHeld}. Does nothing outside one. */
    public void hold() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        List<ReferralReceived> held = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(key, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!held.isEmpty()) {
                    throw new IllegalStateException(held.size() + " referrals held and never announced");
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    /** Publishes the arrivals held in this transaction as one {@link ReferralsReceived}, if there are any. */
    public void publishHeld() {
        @SuppressWarnings("unchecked")
        List<ReferralReceived> held = (List<ReferralReceived>) TransactionSynchronizationManager.getResource(key);
        if (held != null && !held.isEmpty()) {
            events.publishEvent(new ReferralsReceived(held));
            held.clear();
        }
    }

    void announce(ReferralReceived arrival) {
        @SuppressWarnings("unchecked")
        List<ReferralReceived> held = TransactionSynchronizationManager.isSynchronizationActive()
                ? (List<ReferralReceived>) TransactionSynchronizationManager.getResource(key) : null;
        if (held != null) {
            held.add(arrival);
        } else {
            events.publishEvent(arrival);
        }
    }
}
