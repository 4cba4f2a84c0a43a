package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * A full disk on the database's volume refuses the write (PostgreSQL {@code 53100}, the transaction rolled back,
 * reads going on): the user is asked to try again (503), as when the database is away, not shown a fault of
 * Hearth's; so is a database with no connection slot left ({@code 53300}). Other resource errors stay faults.
 * bench/faults disk-full fills a real volume.
 */
class DatabaseDiskFullTest {

    @Test
    void aFullDiskIsTryAgain() {
        SQLException full = new SQLException("could not extend file \"base/5/16384\": No space left on device", "53100");
        assertThat(DatabaseUnavailable.causedBy(new UncategorizedSQLException("insert", "INSERT ...", full))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("too many clients already", "53300"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("out of memory", "53200"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("gone"))).isTrue();
    }
}
