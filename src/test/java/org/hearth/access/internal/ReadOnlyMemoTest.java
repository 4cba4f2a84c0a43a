package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a read-only transaction has read is held for the rest of it and no longer: the next transaction (the next
 * request) reads afresh, so a user disabled in between is seen disabled; a read-write transaction always reads.
 */
class ReadOnlyMemoTest {

    /** Transactions without a database: only their boundaries and synchronisation. */
    static final class Boundaries extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    final ReadOnlyMemo<String, String> memo = new ReadOnlyMemo<>("test");
    final AtomicInteger reads = new AtomicInteger();
    String enabled = "enabled";

    String read(String user) {
        reads.incrementAndGet();
        return user + " " + enabled;
    }

    TransactionTemplate transaction(boolean readOnly) {
        TransactionTemplate t = new TransactionTemplate(new Boundaries());
        t.setReadOnly(readOnly);
        return t;
    }

    @Test
    void aReadOnlyTransactionReadsOnceAndTheNextReadsAfresh() {
        transaction(true).executeWithoutResult(s -> {
            assertThat(memo.get("a", this::read)).isEqualTo("a enabled");
            assertThat(memo.get("a", this::read)).isEqualTo("a enabled");
            assertThat(memo.get("b", this::read)).isEqualTo("b enabled");
        });
        assertThat(reads).hasValue(2);
        enabled = "disabled"; // an administrator disables the user between two requests
        transaction(true).executeWithoutResult(s ->
                assertThat(memo.get("a", this::read)).as("read afresh").isEqualTo("a disabled"));
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadWriteTransactionAndNoTransactionAlwaysRead() {
        transaction(false).executeWithoutResult(s -> {
            memo.get("a", this::read);
            memo.get("a", this::read);
        });
        memo.get("a", this::read);
        memo.get("a", this::read);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aRolledBackReadOnlyTransactionForgetsToo() {
        transaction(true).executeWithoutResult(s -> {
            memo.get("a", this::read);
            s.setRollbackOnly();
        });
        enabled = "disabled";
        transaction(true).executeWithoutResult(s -> assertThat(memo.get("a", this::read)).isEqualTo("a disabled"));
    }
}
