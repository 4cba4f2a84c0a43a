package org.hearth.referrals.internal;

import java.util.List;
import org.hearth.platform.HeldUntilCommit;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralsReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces referrals as they are recorded: {@link ReferralReceived} each, or, in a transaction that asked to
 * {@link #hold} them (a chunk of the police import), one {@link ReferralsReceived} for all of them, published by
 * {@link #publishHeld} inside that transaction. A transaction that would commit with arrivals held and not
 * published fails instead, so no arrival is ever lost.
 */
@Component
public class Arrivals {

    private final ApplicationEventPublisher events;
    private final HeldUntilCommit<ReferralReceived> arrivals = new HeldUntilCommit<>();

    Arrivals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Holds the arrivals of the current transaction until {@link #publishHeld}. Does nothing outside one. */
    public void hold() {
        arrivals.hold(held -> {
            if (!held.isEmpty()) {
                throw new IllegalStateException(held.size() + " referrals held and never announced");
            }
        });
    }

    /** Publishes the arrivals held in this transaction as one {@link ReferralsReceived}, if there are any. */
    public void publishHeld() {
        List<ReferralReceived> held = arrivals.held();
        if (held != null && !held.isEmpty()) {
            events.publishEvent(new ReferralsReceived(List.copyOf(held)));
            held.clear();
        }
    }

    void announce(ReferralReceived arrival) {
        List<ReferralReceived> held = arrivals.held();
        if (held != null) {
            held.add(arrival);
        } else {
            events.publishEvent(arrival);
        }
    }
}
