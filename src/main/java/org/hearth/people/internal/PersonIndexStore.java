package org.hearth.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the person index ({@link LiveIndex}): persons as {@link IndexRow}s, change stamps and erasures. */
@Component
class PersonIndexStore {

    /** Persons read by id in one statement at most. */
    private static final int READ_CHUNK = 1_000;

    /** A person's change stamp: its row, its newest address, its newest merge or unmerge. */
    private static final String STAMP = """
            greatest(p.updated_at, (SELECT max(x.created_at) FROM person_address x WHERE x.person_id = p.id),
                     (SELECT max(greatest(m.merged_at, m.unmerged_at)) FROM person_merge m
                       WHERE m.survivor_id = p.id OR m.merged_id = p.id))""";

    private static final String SELECT = """
            SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.sex,
                   a.address, a.postcode, p.merged_into IS NOT NULL AS merged_away,
                   (SELECT string_agg(coalesce(al.given_name, '') || '|' || coalesce(al.family_name, ''), '||' ORDER BY al.id)
                      FROM person_alias al WHERE al.person_id = p.id) AS aliases,
                   %s AS stamp
            FROM person p
            LEFT JOIN LATERAL (
                SELECT concat_ws(', ', x.line1, x.line2, x.town) AS address, x.postcode
                FROM person_address x
                WHERE x.person_id = p.id AND x.to_date IS NULL AND NOT x.in_refuge AND NOT x.confidential
                ORDER BY x.from_date DESC NULLS LAST, x.created_at DESC LIMIT 1) a ON true
            """.formatted(STAMP);

    /**
     * The change stamps of the persons changed since {@code :since}, worked out from the changes alone: a person is
     * listed when one of the parts of its stamp ({@link #STAMP}) is after {@code :since}, and then its stamp, the
     * greatest of them, is the greatest of the parts after {@code :since}. So each table is read once by its index on
     * the time of change, with no lookup a person (the poll looks back 30 s, so during an import it lists every person
     * the import made in that time, each poll).
     */
    private static final String STAMPS = """
            SELECT id, max(at) AS stamp FROM (
                SELECT id, updated_at AS at FROM person WHERE updated_at > :since
                UNION ALL SELECT person_id, created_at FROM person_address WHERE created_at > :since
                UNION ALL SELECT unnest(ARRAY[survivor_id, merged_id]), greatest(merged_at, unmerged_at)
                          FROM person_merge WHERE greatest(merged_at, unmerged_at) > :since) changed
            GROUP BY id""";

    private final JdbcClient jdbc;

    PersonIndexStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The database's clock (a poll reads what changed since the last one by it). */
    OffsetDateTime now() {
        return jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
    }

    /**
     * PostgreSQL's estimate of the person rows, merged away or not (the planner's {@code reltuples}, kept by vacuum and
     * analyse), read without touching the table; -1 when it has none yet.
     */
    long estimatedRows() {
        return jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = 'person'::regclass").query(Long.class)
                .single();
    }

    /**
     * Persons not merged into another, counted up to {@code limit} at most (so a register larger than that is not read
     * whole only to be told it is too large: at 5 million persons a full count took 2 to 5 s of the start).
     */
    long countCurrentUpTo(long limit) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM person WHERE merged_into IS NULL LIMIT :limit) p")
                .param("limit", Math.max(0, limit)).query(Long.class).single();
    }

    /** Every person not merged into another, in id order (so a batch run over them is repeatable). */
    List<IndexRow> current() {
        return rows(" WHERE p.merged_into IS NULL ORDER BY p.id", Map.of());
    }

    /** These persons, merged away or not, in chunks of {@link #READ_CHUNK}. */
    List<IndexRow> byIds(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<IndexRow> out = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += READ_CHUNK) {
            out.addAll(rows(" WHERE p.id IN (:ids)",
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + READ_CHUNK)))));
        }
        return out;
    }

    /** The change stamps of persons changed since then (written, an address added, merged or unmerged). */
    Map<UUID, OffsetDateTime> stampsSince(OffsetDateTime since) {
        Map<UUID, OffsetDateTime> out = new LinkedHashMap<>();
        jdbc.sql(STAMPS).param("since", since).query(rs -> {
            out.put(rs.getObject("id", UUID.class), rs.getObject("stamp", OffsetDateTime.class));
        });
        return out;
    }

    /** Persons erased since then (from their tombstones). */
    List<UUID> erasedSince(OffsetDateTime since) {
        return jdbc.sql("SELECT person_id FROM person_tombstone WHERE erased_at > :since")
                .param("since", since).query(UUID.class).list();
    }

    private List<IndexRow> rows(String where, Map<String, ?> params) {
        return jdbc.sql(SELECT + where).params(params).query(PersonIndexStore::row).list();
    }

    private static IndexRow row(ResultSet rs, int n) throws SQLException {
        return new IndexRow(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("address"),
                rs.getString("postcode"), rs.getString("aliases"), rs.getObject("stamp", OffsetDateTime.class),
                rs.getBoolean("merged_away"));
    }
}
