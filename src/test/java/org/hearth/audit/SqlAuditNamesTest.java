package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared audit-name lookup: each query binds :ids, the first to name an id wins, no ids asks nothing. */
@HearthIntegrationTest
class SqlAuditNamesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<AuditRecordNames> modules;

    @Test
    void theFirstQueryToNameAnIdWins() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        SqlAuditNames names = new SqlAuditNames(jdbc,
                "SELECT id, 'First' FROM unnest(CAST(:ids AS uuid[])) AS t(id) WHERE id = '" + a + "'",
                "SELECT id, 'Second' FROM unnest(CAST(:ids AS uuid[])) AS t(id)");
        Map<UUID, String> found = names.names(new LinkedHashSet<>(List.of(a, b)));
        assertThat(found).containsEntry(a, "First").containsEntry(b, "Second").hasSize(2);
        assertThat(names.names(Set.of())).isEmpty();
        // a query that would fail shows that an empty set never reaches the database
        assertThat(new SqlAuditNames(jdbc, "SELECT nonsense").names(Set.of())).isEmpty();
    }

    @Test
    void theModulesNameTheirRecordsThroughIt() {
        UUID agency = jdbc.sql("SELECT id FROM agency ORDER BY name LIMIT 1").query(UUID.class).single();
        String name = jdbc.sql("SELECT name FROM agency WHERE id = ?").param(agency).query(String.class).single();
        assertThat(modules).anySatisfy(m -> assertThat(m.names(Set.of(agency))).containsEntry(agency, name));
    }
}
