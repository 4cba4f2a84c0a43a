package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class HeldUntilCommitTest {

    private final HeldUntilCommit<String> items = new HeldUntilCommit<>();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationUtils.invokeAfterCompletion(
                    TransactionSynchronizationManager.getSynchronizations(), TransactionSynchronization.STATUS_COMMITTED);
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionNothingIsHeld() {
        items.hold(rest -> { });
        assertThat(items.held()).isNull();
    }

    @Test
    void whatIsStillHeldIsHandedOverJustBeforeTheCommitAndTheTransactionThenHoldsNothing() {
        TransactionSynchronizationManager.initSynchronization();
        List<String> atCommit = new ArrayList<>();
        items.hold(atCommit::addAll);
        items.hold(rest -> atCommit.add("a second hold is ignored"));
        items.held().add("one");
        items.held().add("two");
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
        assertThat(atCommit).containsExactly("one", "two");
        assertThat(items.held()).as("an item after the hand-over is handled at once, not held").isNull();
        endTransaction();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(items.held()).as("the next transaction starts holding nothing").isNull();
    }
}
