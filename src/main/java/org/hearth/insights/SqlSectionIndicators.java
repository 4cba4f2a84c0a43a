package org.hearth.insights;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SectionIndicators} whose figures are read by SQL from the module's own tables (as
 * {@code people.SqlPersonDataSource} reads a subject access section): it holds the module's {@link JdbcClient}.
 */
public abstract class SqlSectionIndicators extends SectionIndicators {

    protected final JdbcClient jdbc;

    protected SqlSectionIndicators(Section section, JdbcClient jdbc) {
        super(section);
        this.jdbc = jdbc;
    }
}
