package org.hearth.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AuditRecordNames} for a module whose records are named by SQL alone: each query selects two columns, the
 * record's id and the words that name it, for the ids bound as {@code :ids} (a {@code uuid[]}), e.g.
 * {@code SELECT id, 'Referral ' || reference FROM referral WHERE id = ANY(:ids)}. The first query to name an id
 * wins. A module extends it with its queries and nothing else; records that need need-to-know (people) filter what
 * it finds themselves.
 */
public class SqlAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;
    private final String[] queries;

    public SqlAuditNames(JdbcClient jdbc, String... queries) {
        this.jdbc = jdbc;
        this.queries = queries.clone();
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        UUID[] wanted = ids.stream().sorted().toArray(UUID[]::new);
        for (String query : queries) {
            jdbc.sql(query).param("ids", wanted)
                    .query((rs, n) -> names.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return names;
    }
}
