package org.hearth.platform;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback that runs once the migrations are done, as the owner, in the migration's transaction: a subclass
 * says what to do on the migration's connection; a failure stops the start-up, naming the callback.
 */
public abstract class AfterMigration implements Callback {

    /** The work, on the connection the migrations ran on. */
    protected abstract void afterMigration(Connection c) throws SQLException;

    @Override
    public final void handle(Event event, Context context) {
        try {
            afterMigration(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not finish " + getCallbackName() + " after the migrations", e);
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }
}
