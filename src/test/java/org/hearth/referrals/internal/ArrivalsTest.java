package org.hearth.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.ReferralsReceived;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class ArrivalsTest {

    private final List<Object> published = new ArrayList<>();
    private final Arrivals arrivals = new Arrivals(published::add);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(), 1);
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static ReferralReceived arrival() {
        return new ReferralReceived(new ReferralId(UUID.randomUUID()), new PersonId(UUID.randomUUID()),
                new AgencyId(UUID.randomUUID()), ReferralSource.values()[0]);
    }

    @Test
    void heldArrivalsArePublishedAsOneEvent() {
        TransactionSynchronizationManager.initSynchronization();
        arrivals.hold();
        arrivals.announce(arrival());
        arrivals.announce(arrival());
        assertThat(published).isEmpty();
        arrivals.publishHeld();
        assertThat(published).singleElement().isInstanceOfSatisfying(ReferralsReceived.class,
                r -> assertThat(r.referrals()).hasSize(2));
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
    }

    @Test
    void aTransactionCommittingWithArrivalsHeldAndNotPublishedFails() {
        TransactionSynchronizationManager.initSynchronization();
        arrivals.hold();
        arrivals.announce(arrival());
        assertThatThrownBy(() -> TransactionSynchronizationUtils.triggerBeforeCommit(false))
                .hasMessageContaining("1 referrals held and never announced");
    }

    @Test
    void withoutHoldingEachArrivalIsPublishedAtOnce() {
        arrivals.announce(arrival());
        assertThat(published).singleElement().isInstanceOf(ReferralReceived.class);
    }
}
