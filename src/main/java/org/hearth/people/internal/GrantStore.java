package org.hearth.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The grants in {@code person_access_grant} and the break-glass openings they are read with, SQL only: named
 * parameters, a mapper per row shape, no access check and no audit (those are {@link Grants}').
 */
@Component
class GrantStore {

    /** A grant in force: started, not ended, not expired (over {@code g}). */
    static final String CURRENT = "g.ended_at IS NULL AND g.starts_at <= now() AND (g.expires_at IS NULL OR g.expires_at > now())";

    private static final String SELECT = """
            SELECT g.*, coalesce(a.name, u.display_name || ', ' || ua.name) AS holder_name, ap.display_name AS approver,
                coalesce(a.statutory, ua.statutory) AS statutory
            FROM person_access_grant g
            LEFT JOIN agency a ON a.id = g.agency_id
            LEFT JOIN staff_user u ON u.id = g.user_id
            LEFT JOIN agency ua ON ua.id = u.agency_id
            LEFT JOIN staff_user ap ON ap.id = g.approved_by""";

    private final JdbcClient jdbc;

    GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A grant ended: its id and person. */
    record Ended(UUID grant, UUID person) {
    }

    /** One actor's view of one person: their (or their agency's) grants, contact grant and break-glass opening. */
    AccessRules.View view(PersonId person, UUID agency, UUID user, boolean hub) {
        return jdbc.sql("""
                SELECT exists(SELECT 1 FROM person_access_grant g WHERE g.person_id = :p AND %1$s
                              AND (g.agency_id = :agency OR g.user_id = CAST(:user AS uuid))) AS held,
                       exists(SELECT 1 FROM person_access_grant g WHERE g.person_id = :p AND %1$s
                              AND g.expires_at IS NULL AND g.ground NOT IN ('SUBJECT_ACCESS', 'DISCLOSURE')
                              AND (g.agency_id = :agency OR g.user_id = CAST(:user AS uuid))) AS lasting,
                       exists(SELECT 1 FROM person_access_grant g WHERE g.person_id = :p AND %1$s
                              AND g.user_id = CAST(:user AS uuid) AND g.scope = 'SAFE_CONTACT') AS contact,
                       exists(SELECT 1 FROM break_glass b WHERE b.person_id = :p AND b.user_id = CAST(:user AS uuid)
                              AND b.expires_at > now()) AS glass""".formatted(CURRENT))
                .param("p", person.value()).param("agency", agency).param("user", user)
                .query((rs, n) -> new AccessRules.View(rs.getBoolean("held"), rs.getBoolean("lasting"), hub,
                        rs.getBoolean("glass"), rs.getBoolean("contact")))
                .single();
    }

    /** The holder's current grant of this ground and scope, the oldest, if any. */
    Optional<UUID> current(PersonId person, GrantHolder holder, AccessGround ground, AccessScope scope) {
        return jdbc.sql("""
                SELECT g.id FROM person_access_grant g WHERE g.person_id = :p AND %s AND g.ground = :ground
                  AND g.scope = :scope AND g.agency_id IS NOT DISTINCT FROM CAST(:agency AS uuid)
                  AND g.user_id IS NOT DISTINCT FROM CAST(:user AS uuid) ORDER BY g.starts_at LIMIT 1""".formatted(CURRENT))
                .param("p", person.value()).param("ground", ground.name()).param("scope", scope.name())
                .param("agency", agency(holder)).param("user", user(holder)).query(UUID.class).optional();
    }

    void insert(UUID id, PersonId person, GrantHolder holder, AccessGround ground, AccessScope scope,
            Instant expiresAt, UUID approvedBy, GrantBasis basis) {
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, user_id, expires_at,
                    approved_by, basis_kind, basis_id)
                VALUES (:id, :person, :ground, :scope, :agency, :user, :expires, :by, :kind, :basis)""")
                .param("id", id).param("person", person.value()).param("ground", ground.name())
                .param("scope", scope.name()).param("agency", agency(holder)).param("user", user(holder))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).param("by", approvedBy)
                .param("kind", basis == null ? null : basis.kind()).param("basis", basis == null ? null : basis.id())
                .update();
    }

    /**
     * Of these people, those the agency holds a current grant on, each with whether one of them is already its own
     * RECORD grant of this ground.
     */
    Map<PersonId, Boolean> heldBy(Collection<PersonId> people, AgencyId agency, AccessGround ground) {
        Map<PersonId, Boolean> held = new HashMap<>();
        jdbc.sql("""
                SELECT g.person_id, bool_or(g.ground = :ground AND g.scope = 'RECORD' AND g.user_id IS NULL) AS own
                FROM person_access_grant g WHERE g.person_id = ANY(:people) AND g.agency_id = :agency AND %s
                GROUP BY g.person_id""".formatted(CURRENT))
                .param("ground", ground.name()).param("people", ids(people)).param("agency", agency.value())
                .query(rs -> {
                    held.put(new PersonId(rs.getObject("person_id", UUID.class)), rs.getBoolean("own"));
                });
        return held;
    }

    /** Ends the grant if not already ended; the person it was on. */
    Optional<UUID> end(UUID grant, UUID by) {
        return jdbc.sql("""
                UPDATE person_access_grant SET ended_at = now(), ended_by = :by WHERE id = :id AND ended_at IS NULL
                RETURNING person_id""").param("by", by).param("id", grant).query(UUID.class).optional();
    }

    /** Ends the member of staff's current grants of this ground resting on the basis. */
    List<Ended> endHeldBy(UUID by, StaffUserId holder, AccessGround ground, GrantBasis basis) {
        return jdbc.sql("""
                UPDATE person_access_grant g SET ended_at = now(), ended_by = :by
                WHERE g.user_id = :holder AND g.ground = :ground AND g.basis_kind = :kind AND g.basis_id = :basis
                  AND %s RETURNING g.id AS grant, g.person_id AS person""".formatted(CURRENT))
                .param("by", by).param("holder", holder.value()).param("ground", ground.name())
                .param("kind", basis.kind()).param("basis", basis.id()).query(Ended.class).list();
    }

    /** Ends the person's current grants of one of these grounds resting on the basis, whoever holds them. */
    List<UUID> endOn(UUID by, PersonId person, String[] grounds, GrantBasis basis) {
        return jdbc.sql("""
                UPDATE person_access_grant g SET ended_at = now(), ended_by = :by
                WHERE g.person_id = :person AND g.ground = ANY (:grounds) AND g.basis_kind = :kind
                  AND g.basis_id = :basis AND %s RETURNING g.id""".formatted(CURRENT))
                .param("by", by).param("person", person.value()).param("grounds", grounds)
                .param("kind", basis.kind()).param("basis", basis.id()).query(UUID.class).list();
    }

    /** A current grant, and whether its holder (the agency, or the member of staff's agency) is statutory. */
    record Held(AccessGrant grant, boolean statutory) {
    }

    /** The person's current grants, oldest first. */
    List<Held> current(PersonId person) {
        return jdbc.sql(SELECT + " WHERE g.person_id = :p AND " + CURRENT + " ORDER BY g.starts_at, g.id")
                .param("p", person.value()).query((rs, n) -> new Held(grant(rs, n), rs.getBoolean("statutory")))
                .list();
    }

    AccessGrant find(UUID id) {
        return jdbc.sql(SELECT + " WHERE g.id = :id").param("id", id).query(GrantStore::grant).single();
    }

    /**
     * Of these people, those held by a current grant of the agency or the user: with {@code glass}, any current grant
     * or an open break-glass of the user's; without, a lasting grant only (no expiry, and not a subject access or
     * disclosure grant, which let their holder read for one task only).
     */
    Set<PersonId> among(Collection<PersonId> people, UUID agency, UUID user, boolean glass) {
        return jdbc.sql("""
                SELECT p FROM unnest(CAST(:ids AS uuid[])) AS p
                WHERE EXISTS (SELECT 1 FROM person_access_grant g WHERE g.person_id = p AND %s
                              AND (:glass OR (g.expires_at IS NULL AND g.ground NOT IN ('SUBJECT_ACCESS', 'DISCLOSURE')))
                              AND (g.agency_id = :agency OR g.user_id = CAST(:user AS uuid)))
                   OR (:glass AND EXISTS (SELECT 1 FROM break_glass b WHERE b.person_id = p
                                          AND b.user_id = CAST(:user AS uuid) AND b.expires_at > now()))""".formatted(CURRENT))
                .param("ids", ids(people)).param("agency", agency).param("user", user).param("glass", glass)
                .query(UUID.class).list().stream().map(PersonId::new).collect(Collectors.toSet());
    }

    /** Of these people, those the user holds a current safe-contact grant on, personally (as {@link #view}). */
    Set<PersonId> contactAmong(Collection<PersonId> people, UUID user) {
        return jdbc.sql("SELECT DISTINCT g.person_id FROM person_access_grant g WHERE g.person_id = ANY(:ids)"
                + " AND g.user_id = :user AND g.scope = 'SAFE_CONTACT' AND " + CURRENT)
                .param("ids", ids(people)).param("user", user).query(UUID.class).list().stream().map(PersonId::new)
                .collect(Collectors.toSet());
    }

    boolean agencyHolds(PersonId person, AgencyId agency) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM person_access_grant g WHERE g.person_id = :p AND g.agency_id = :a AND "
                + CURRENT + ")").param("p", person.value()).param("a", agency.value()).query(Boolean.class).single();
    }

    /** As {@link #agencyHolds}, for many people in one query. */
    java.util.Set<PersonId> agencyHoldsAmong(java.util.Collection<PersonId> people, AgencyId agency) {
        if (people.isEmpty()) {
            return java.util.Set.of();
        }
        UUID[] ids = people.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT g.person_id FROM person_access_grant g "
                + "WHERE g.person_id = ANY(:p) AND g.agency_id = :a AND " + CURRENT)
                .param("p", ids).param("a", agency.value()).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .list());
    }

    /**
     * The agencies holding a current grant on the person, by name. A disclosure team's grant counts only with
     * {@code team}, a subject access request's only with {@code governance}, and a grant that says where she is
     * ({@link GrantBasis#WHEREABOUTS}) only for its own agency.
     */
    List<PeopleRules.Involved> involved(PersonId person, boolean team, boolean governance, UUID agency) {
        return jdbc.sql("""
                SELECT DISTINCT a.name, a.statutory FROM person_access_grant g
                LEFT JOIN staff_user u ON u.id = g.user_id
                JOIN agency a ON a.id = coalesce(g.agency_id, u.agency_id)
                WHERE g.person_id = :p AND %s AND (g.ground <> 'DISCLOSURE' OR :team)
                    AND (g.ground <> 'SUBJECT_ACCESS' OR :governance)
                    AND (g.basis_kind IS DISTINCT FROM :whereabouts OR a.id = CAST(:agency AS uuid)) ORDER BY a.name"""
                .formatted(CURRENT))
                .param("p", person.value()).param("team", team).param("governance", governance)
                .param("whereabouts", GrantBasis.WHEREABOUTS).param("agency", agency)
                .query(PeopleRules.Involved.class).list();
    }

    private static AccessGrant grant(ResultSet rs, int n) throws SQLException {
        UUID agency = rs.getObject("agency_id", UUID.class);
        Timestamp expires = rs.getTimestamp("expires_at");
        String basisKind = rs.getString("basis_kind");
        return new AccessGrant(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                AccessGround.valueOf(rs.getString("ground")), AccessScope.valueOf(rs.getString("scope")),
                agency != null ? GrantHolder.agency(new AgencyId(agency))
                        : GrantHolder.user(new StaffUserId(rs.getObject("user_id", UUID.class))),
                rs.getString("holder_name"), rs.getTimestamp("starts_at").toInstant(),
                expires == null ? null : expires.toInstant(), rs.getString("approver"),
                basisKind == null ? null : new GrantBasis(basisKind, rs.getString("basis_id")));
    }

    private static UUID[] ids(Collection<PersonId> people) {
        return people.stream().map(PersonId::value).toArray(UUID[]::new);
    }

    private static UUID agency(GrantHolder holder) {
        return holder.agency() == null ? null : holder.agency().value();
    }

    private static UUID user(GrantHolder holder) {
        return holder.user() == null ? null : holder.user().value();
    }
}
