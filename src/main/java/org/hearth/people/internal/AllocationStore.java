package org.hearth.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AllocationRequest;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Allocation requests in {@code allocation_request}, SQL only: named parameters, a mapper per row shape, no access
 * check and no audit (those are {@link Allocations}').
 */
@Component
class AllocationStore {

    private final JdbcClient jdbc;

    AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request waiting for a decision: who asked, for whom, from which agency. */
    record Waiting(PersonId person, StaffUserId user, AgencyId agency) {
    }

    boolean personExists(PersonId person) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM person WHERE id = :id)").param("id", person.value())
                .query(Boolean.class).single();
    }

    /** Records a request unless the user has one waiting for the person already; whether one was recorded. */
    boolean request(UUID id, PersonId person, StaffUserId user, AgencyId agency) {
        return jdbc.sql("""
                INSERT INTO allocation_request (id, person_id, user_id, agency_id) VALUES (:id, :person, :user, :agency)
                ON CONFLICT (person_id, user_id) WHERE decision IS NULL DO NOTHING""")
                .param("id", id).param("person", person.value()).param("user", user.value())
                .param("agency", agency.value()).update() == 1;
    }

    List<AllocationRequest> list(boolean waitingOnly) {
        return jdbc.sql("""
                SELECT r.id, r.person_id AS person, p.given_name || ' ' || p.family_name AS person_name,
                       u.display_name AS user_name, a.name AS agency_name, r.requested_at, r.decision,
                       d.display_name AS decided_by, r.decided_at
                FROM allocation_request r
                JOIN person p ON p.id = r.person_id
                JOIN staff_user u ON u.id = r.user_id
                JOIN agency a ON a.id = r.agency_id
                LEFT JOIN staff_user d ON d.id = r.decided_by
                WHERE (NOT :waiting OR r.decision IS NULL)
                ORDER BY r.requested_at DESC LIMIT 500""")
                .param("waiting", waitingOnly)
                .query(AllocationRequest.class).list();
    }

    /** The request if it waits for a decision, locked until the transaction ends. */
    Optional<Waiting> waiting(UUID request) {
        return jdbc.sql("""
                SELECT person_id AS person, user_id AS user, agency_id AS agency FROM allocation_request
                WHERE id = :id AND decision IS NULL FOR UPDATE""").param("id", request).query(Waiting.class)
                .optional();
    }

    void decide(UUID request, String decision, String reason, StaffUserId by) {
        jdbc.sql("""
                UPDATE allocation_request SET decision = :decision, decision_reason = :reason, decided_by = :by,
                    decided_at = now() WHERE id = :id""")
                .param("decision", decision).param("reason", reason).param("by", by.value()).param("id", request)
                .update();
    }

}
