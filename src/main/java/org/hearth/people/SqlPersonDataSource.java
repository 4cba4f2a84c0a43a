package org.hearth.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonDataSource} for a module whose section is read by SQL from its own tables: it holds the module's
 * {@link JdbcClient} and the section's place in the output, and reads the section in one read-only transaction (its
 * entries and the rows each names agree with each other).
 */
@Transactional(readOnly = true)
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

    /** Adds a field of {@code kind} when it has a value: a field with none is left out of the output. */
    protected static void addIfAny(List<Field> fields, String key, String label, String value, Kind kind) {
        if (value != null) {
            fields.add(new Field(key, label, value, kind));
        }
    }

    /** A date column as GOV.UK writes it ("14 March 1988"); null when it holds none. */
    protected static String day(ResultSet rs, String column) throws SQLException {
        LocalDate day = rs.getObject(column, LocalDate.class);
        return day == null ? null : Dates.day(day);
    }
}
