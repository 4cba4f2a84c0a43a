package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The input fuzzer's partial-write detector sees what the application's own role writes and commits, and nothing of
 * a write rolled back (a refused request that wrote and rolled back did not write part of itself).
 */
@HearthIntegrationTest
class RowChangesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void countsCommittedInsertsAndDeletesOfTheApplicationsRoleAndNothingRolledBack() {
        try (RowChanges rows = RowChanges.watch(List.of("bank_holiday"))) {
            assertThat(rows.counts()).isEmpty();
            jdbc.sql("INSERT INTO bank_holiday (day, name) VALUES (DATE '2199-01-01', 'Row check one'), "
                    + "(DATE '2199-01-02', 'Row check two')").update();
            assertThat(rows.counts()).isEqualTo(Map.of("bank_holiday", 2L));

            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                jdbc.sql("INSERT INTO bank_holiday (day, name) VALUES (DATE '2199-01-03', 'Rolled back')").update();
                throw new IllegalStateException("refused");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(rows.counts()).as("rolled back").isEqualTo(Map.of("bank_holiday", 2L));

            jdbc.sql("DELETE FROM bank_holiday WHERE day >= DATE '2199-01-01'").update();
            assertThat(rows.counts()).as("back where it was").isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'zz_test_rows_%'").query(Long.class)
                .single()).as("the triggers are gone").isZero();
    }
}
