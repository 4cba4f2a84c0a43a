package org.hearth.retention.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.people.PersonId;
import org.hearth.retention.Hold;
import org.hearth.retention.HoldKind;
import org.hearth.retention.RecordType;
import org.hearth.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The retention tables ({@code retention_rule}, {@code retention_hold}): SQL only, named parameters. */
@Component
class RetentionStore {

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedule: a rule per record type. */
    Map<RecordType, RetentionRule> rules() {
        Map<RecordType, RetentionRule> out = new EnumMap<>(RecordType.class);
        jdbc.sql("SELECT record_type, years_after, until_age, reasoning, updated_at FROM retention_rule")
                .query((rs, n) -> {
                    RecordType t = RecordType.valueOf(rs.getString("record_type"));
                    OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
                    return out.put(t, new RetentionRule(t, rs.getInt("years_after"),
                            (Integer) rs.getObject("until_age"), rs.getString("reasoning"),
                            at == null ? null : at.toInstant()));
                }).list();
        return out;
    }

    void updateRule(RecordType type, Integer years, Integer untilAge, String reasoning, UUID by) {
        jdbc.sql("""
                UPDATE retention_rule SET years_after = :years, until_age = :untilAge, reasoning = :reasoning,
                       updated_at = now(), updated_by = :by
                WHERE record_type = :type""")
                .param("years", years).param("untilAge", untilAge).param("reasoning", reasoning).param("by", by)
                .param("type", type.name()).update();
    }

    /** The holds not released, by person, each naming who placed it ({@code names}: a member of staff's id to name). */
    Map<UUID, Hold> currentHolds(Function<UUID, String> names) {
        Map<UUID, Hold> out = new HashMap<>();
        jdbc.sql("""
                SELECT id, person_id, kind, reason, held_by, held_at FROM retention_hold
                WHERE released_at IS NULL""")
                .query((rs, n) -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    return out.put(person, new Hold(rs.getObject("id", UUID.class), new PersonId(person),
                            HoldKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                            names.apply(rs.getObject("held_by", UUID.class)),
                            rs.getObject("held_at", OffsetDateTime.class).toInstant()));
                }).list();
        return out;
    }

    void insertHold(UUID id, PersonId person, HoldKind kind, String reason, UUID by) {
        jdbc.sql("""
                INSERT INTO retention_hold (id, person_id, kind, reason, held_by)
                VALUES (:id, :person, :kind, :reason, :by)""")
                .param("id", id).param("person", person.value()).param("kind", kind.name()).param("reason", reason)
                .param("by", by).update();
    }

    /** Releases a hold not yet released; the person it held, or empty when there is no such hold. */
    Optional<UUID> releaseHold(UUID hold, UUID by) {
        return jdbc.sql("""
                UPDATE retention_hold SET released_at = now(), released_by = :by
                WHERE id = :hold AND released_at IS NULL
                RETURNING person_id""").param("by", by).param("hold", hold).query(UUID.class).optional();
    }

    /**
     * Locks the person's row for the rest of the transaction, so that a hold and an erasure of one record are taken
     * one after the other: a hold placed while the record is being erased waits, then finds it gone.
     */
    void lock(PersonId person) {
        jdbc.sql("SELECT id FROM person WHERE id = :id FOR UPDATE").param("id", person.value()).query(UUID.class)
                .optional();
    }

    /** Whether this member of staff ever released a hold on the person's record. */
    boolean releasedBy(PersonId person, UUID by) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM retention_hold WHERE person_id = :person AND released_by = :by)""")
                .param("person", person.value()).param("by", by).query(Boolean.class).single();
    }
}
