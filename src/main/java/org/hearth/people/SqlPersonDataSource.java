package org.hearth.people;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PersonDataSource} for a module whose section is read by SQL from its own tables: it holds the module's
 * {@link JdbcClient} and the section's place in the output.
 */
public abstract class SqlPersonDataSource implements PersonDataSource {

    protected final JdbcClient jdbc;
    private final int order;

    protected SqlPersonDataSource(JdbcClient jdbc, int order) {
        this.jdbc = jdbc;
        this.order = order;
    }

    @Override
    public int order() {
        return order;
    }
}
