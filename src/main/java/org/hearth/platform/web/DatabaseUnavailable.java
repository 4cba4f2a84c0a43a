package org.hearth.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means Hearth cannot reach its database just now (stopped, restarting, refusing connections),
 * as opposed to a fault in Hearth: the first is answered 503 "try again", the second 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    /** True when anything in the cause chain says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
            // a rollback that failed because the connection had gone: the failure that began it says why
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the pools' connections may have gone with the database: true unless the failure is only a pool's wait
     * running out with no connection failure behind it (HikariCP's timeout carries the last failure to connect as
     * its cause; without one the pool was busy and the database fine, and its connections are kept).
     */
    public static boolean connectionsLost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return !(root instanceof SQLTransientConnectionException);
    }

    /**
     * SQL states of a database out of reach: connection exceptions (08), the server shutting down or starting
     * (57P01-57P03), a role refused its sign-in (28000, 28P01: the database turning the application away), its
     * disk full (53100: the write is refused and rolled back, reads go on) and no connection slot left (53300).
     */
    static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("28000") || state.equals("28P01") || state.equals("53100")
                || state.equals("53300"));
    }
}
