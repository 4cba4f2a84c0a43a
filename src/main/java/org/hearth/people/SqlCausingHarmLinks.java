package org.hearth.people;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CausingHarmLinks} for a module that answers with one query of its own tables (as {@link SqlPersonData}
 * erases by SQL): {@code existsSql} selects one boolean, whether any row names the person given as its one
 * parameter as causing harm.
 */
public abstract class SqlCausingHarmLinks implements CausingHarmLinks {

    private final JdbcClient jdbc;
    private final String existsSql;

    protected SqlCausingHarmLinks(JdbcClient jdbc, String existsSql) {
        this.jdbc = jdbc;
        this.existsSql = existsSql;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql(existsSql).param(person.value()).query(Boolean.class).single();
    }
}
