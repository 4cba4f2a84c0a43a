package org.hearth.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.AllocationRequest;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants in {@code person_access_grant}, allocation requests in {@code allocation_request}. The whole of
 * need-to-know is {@link #view}: one query for the actor's grants, contact grant and break-glass opening, plus
 * {@link #standing}, the hub coordinator's role rule.
 */
@Service
@Transactional
class JdbcPersonAccess implements PersonAccess {

    /** A grant in force: started, not ended, not expired (over {@code g}). */
    static final String CURRENT = "g.ended_at IS NULL AND g.starts_at <= now() AND (g.expires_at IS NULL OR g.expires_at > now())";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcPersonAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * What one actor may see of one person.
     *
     * @param grant a current grant held by the actor or their agency
     * @param lasting one of those grants has no expiry (a temporary ground, such as MARAC research, reads the record
     *     but gives no confidential address, no allocation, no referral and no change: it must not renew itself)
     * @param hub the hub coordinator's standing ground (see {@link #standing})
     * @param glass an unexpired break-glass opening of the actor's own (staff only)
     * @param contact a current safe-contact grant held by the actor personally
     */
    record View(boolean grant, boolean lasting, boolean hub, boolean glass, boolean contact) {

        /** The full record is shown. */
        boolean full() {
            return grant || hub || glass;
        }

        /**
         * A real and lasting ground: not a break-glass reading, nor a grant that expires by itself. Confidential
         * addresses show, and changes, allocations and referrals are allowed, only with one.
         */
        boolean grounded() {
            return lasting || hub;
        }
    }

    /** The hub coordinator's standing ground to every record: the one rule that is not a stored grant. */
    static boolean standing(Actor me) {
        return me.hasRole(Role.HUB_COORDINATOR);
    }

    View view(PersonId id, Actor me) {
        UUID user = me instanceof StaffPrincipal p ? p.id().value() : null;
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
                .param("p", id.value()).param("agency", me.agency().value()).param("user", user)
                .query((rs, n) -> new View(rs.getBoolean("held"), rs.getBoolean("lasting"), standing(me), rs.getBoolean("glass"),
                        rs.getBoolean("contact")))
                .single();
    }

    @Override
    public AccessGrant grant(PersonId person, GrantHolder holder, AccessGround ground, AccessScope scope,
            Instant expiresAt, GrantBasis basis) {
        if (ground == AccessGround.HUB) {
            throw new IllegalArgumentException("The hub ground is held through the role, never granted");
        }
        if (scope == AccessScope.SAFE_CONTACT && holder.user() == null) {
            throw new IllegalArgumentException("Safe contact details are granted to a named member of staff only");
        }
        Actor me = me();
        UUID agency = holder.agency() == null ? null : holder.agency().value();
        UUID user = holder.user() == null ? null : holder.user().value();
        List<UUID> existing = jdbc.sql("""
                SELECT g.id FROM person_access_grant g WHERE g.person_id = :p AND %s AND g.ground = :ground
                  AND g.scope = :scope AND g.agency_id IS NOT DISTINCT FROM CAST(:agency AS uuid)
                  AND g.user_id IS NOT DISTINCT FROM CAST(:user AS uuid) ORDER BY g.starts_at LIMIT 1""".formatted(CURRENT))
                .param("p", person.value()).param("ground", ground.name()).param("scope", scope.name())
                .param("agency", agency).param("user", user).query(UUID.class).list();
        UUID id = existing.isEmpty() ? UUID.randomUUID() : existing.get(0);
        if (existing.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, user_id, expires_at,
                        approved_by, basis_kind, basis_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, person.value(), ground.name(), scope.name(), agency, user,
                            expiresAt == null ? null : Timestamp.from(expiresAt), me.actorId(),
                            basis == null ? null : basis.kind(), basis == null ? null : basis.id())
                    .update();
            audit.record(AuditAction.CREATE, "access-grant", List.of(id.toString(), person.toString()),
                    ground + " " + scope + " to " + (agency != null ? "agency " + agency : "user " + user));
        }
        return find(id);
    }

    @Override
    public java.util.Set<PersonId> grantWhereHeld(java.util.Collection<PersonId> people, AgencyId agency,
            AccessGround ground, GrantBasis basis) {
        java.util.Set<PersonId> none = new java.util.LinkedHashSet<>(people);
        if (none.isEmpty()) {
            return none;
        }
        java.util.Map<PersonId, Boolean> held = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT g.person_id, bool_or(g.ground = :ground AND g.scope = 'RECORD' AND g.user_id IS NULL)
                FROM person_access_grant g WHERE g.person_id = ANY(:people) AND g.agency_id = :agency AND %s
                GROUP BY g.person_id""".formatted(CURRENT))
                .param("ground", ground.name())
                .param("people", none.stream().map(PersonId::value).toArray(UUID[]::new))
                .param("agency", agency.value())
                .query(rs -> {
                    held.put(new PersonId(rs.getObject(1, UUID.class)), rs.getBoolean(2));
                });
        for (var e : held.entrySet()) {
            none.remove(e.getKey());
            if (!e.getValue()) {
                grant(e.getKey(), GrantHolder.agency(agency), ground, AccessScope.RECORD, null, basis);
            }
        }
        return none;
    }

    @Override
    public void end(UUID grantId) {
        Actor me = me();
        List<UUID> ended = jdbc.sql("""
                UPDATE person_access_grant SET ended_at = now(), ended_by = ? WHERE id = ? AND ended_at IS NULL
                RETURNING person_id""").params(me.actorId(), grantId).query(UUID.class).list();
        if (!ended.isEmpty()) {
            audit.record(AuditAction.UPDATE, "access-grant", List.of(grantId.toString(), ended.get(0).toString()), "ended");
        }
    }

    @Override
    public int endHeldBy(org.hearth.access.StaffUserId holder, AccessGround ground,
            java.util.Collection<GrantBasis> bases) {
        Actor me = me();
        int ended = 0;
        for (GrantBasis basis : new java.util.LinkedHashSet<>(bases)) {
            List<java.util.Map<String, Object>> rows = jdbc.sql("""
                    UPDATE person_access_grant g SET ended_at = now(), ended_by = :me
                    WHERE g.user_id = :holder AND g.ground = :ground AND g.basis_kind = :kind AND g.basis_id = :id
                      AND """ + " " + CURRENT + " RETURNING g.id, g.person_id")
                    .param("me", me.actorId()).param("holder", holder.value()).param("ground", ground.name())
                    .param("kind", basis.kind()).param("id", basis.id()).query().listOfRows();
            for (java.util.Map<String, Object> r : rows) {
                audit.record(AuditAction.UPDATE, "access-grant", List.of(r.get("id").toString(),
                        r.get("person_id").toString()), "ended: holder no longer entitled (" + basis.kind() + ")");
            }
            ended += rows.size();
        }
        return ended;
    }

    @Override
    public int endOn(PersonId person, java.util.Collection<AccessGround> grounds,
            java.util.Collection<GrantBasis> bases, String reason) {
        Actor me = me();
        if (grounds.isEmpty() || bases.isEmpty()) {
            return 0;
        }
        String[] groundNames = grounds.stream().map(AccessGround::name).distinct().toArray(String[]::new);
        int ended = 0;
        for (GrantBasis basis : new java.util.LinkedHashSet<>(bases)) {
            List<UUID> rows = jdbc.sql("""
                    UPDATE person_access_grant g SET ended_at = now(), ended_by = :me
                    WHERE g.person_id = :person AND g.ground = ANY (:grounds) AND g.basis_kind = :kind
                      AND g.basis_id = :id AND """ + " " + CURRENT + " RETURNING g.id")
                    .param("me", me.actorId()).param("person", person.value()).param("grounds", groundNames)
                    .param("kind", basis.kind()).param("id", basis.id()).query(UUID.class).list();
            for (UUID g : rows) {
                audit.record(AuditAction.UPDATE, "access-grant", List.of(g.toString(), person.toString()),
                        "ended: " + reason);
            }
            ended += rows.size();
        }
        return ended;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessGrant> currentGrants(PersonId person) {
        if (!mayView(person)) {
            throw new AccessDeniedException("No ground to see this person");
        }
        return jdbc.sql(SELECT + " WHERE g.person_id = ? AND " + CURRENT + " ORDER BY g.starts_at, g.id")
                .param(person.value()).query(JdbcPersonAccess::grant).list();
    }

    private AccessGrant find(UUID id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query(JdbcPersonAccess::grant).single();
    }

    private static final String SELECT = """
            SELECT g.*, coalesce(a.name, u.display_name || ', ' || ua.name) AS holder_name, ap.display_name AS approver
            FROM person_access_grant g
            LEFT JOIN agency a ON a.id = g.agency_id
            LEFT JOIN staff_user u ON u.id = g.user_id
            LEFT JOIN agency ua ON ua.id = u.agency_id
            LEFT JOIN staff_user ap ON ap.id = g.approved_by""";

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

    @Override
    @Transactional(readOnly = true)
    public boolean mayView(PersonId person) {
        return view(person, me()).full();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsGround(PersonId person) {
        return view(person, me()).grounded();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<PersonId> groundedAmong(java.util.Collection<PersonId> people) {
        return among(people, false);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<PersonId> viewableAmong(java.util.Collection<PersonId> people) {
        return among(people, true);
    }

    /**
     * The people of these held by a grant of the actor or their agency (the hub: all): with {@code glass}, any current
     * grant or an open break-glass (who may be viewed); without, a lasting grant only (who is grounded).
     */
    private java.util.Set<PersonId> among(java.util.Collection<PersonId> people, boolean glass) {
        if (people.isEmpty()) {
            return java.util.Set.of();
        }
        Actor me = me();
        if (standing(me)) {
            return java.util.Set.copyOf(people);
        }
        UUID user = me instanceof StaffPrincipal p ? p.id().value() : null;
        return jdbc.sql("""
                SELECT p FROM unnest(CAST(:ids AS uuid[])) AS p
                WHERE EXISTS (SELECT 1 FROM person_access_grant g WHERE g.person_id = p AND %s
                              AND (:glass OR g.expires_at IS NULL)
                              AND (g.agency_id = :agency OR g.user_id = CAST(:user AS uuid)))
                   OR (:glass AND EXISTS (SELECT 1 FROM break_glass b WHERE b.person_id = p
                                          AND b.user_id = CAST(:user AS uuid) AND b.expires_at > now()))""".formatted(CURRENT))
                .param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .param("agency", me.agency().value()).param("user", user).param("glass", glass)
                .query(UUID.class).list().stream().map(PersonId::new).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean agencyHoldsGrant(PersonId person, AgencyId agency) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM person_access_grant g WHERE g.person_id = ? AND g.agency_id = ? AND "
                + CURRENT + ")").params(person.value(), agency.value()).query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayViewContact(PersonId person) {
        return view(person, me()).contact();
    }

    @Override
    public Allocation allocateToMe(PersonId person) {
        StaffPrincipal me = staff();
        if (!jdbc.sql("SELECT exists(SELECT 1 FROM person WHERE id = ?)").param(person.value()).query(Boolean.class).single()) {
            throw new NoSuchElementException("No such person");
        }
        // a real, lasting ground only: the agency's grant or one of the user's own that does not expire by itself;
        // never a break-glass opening or a temporary ground such as MARAC research (an allocation has no end, so it
        // would outlive its ground), and never the hub role (a coordinator's allocation is approved by another)
        boolean grounded = view(person, me).lasting();
        if (grounded) {
            grant(person, GrantHolder.user(me.id()), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, null,
                    GrantBasis.of("person", person));
            audit.record(AuditAction.UPDATE, "person", List.of(person.toString()), "worker allocated");
            return Allocation.ALLOCATED;
        }
        UUID id = UUID.randomUUID();
        int n = jdbc.sql("""
                INSERT INTO allocation_request (id, person_id, user_id, agency_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id, user_id) WHERE decision IS NULL DO NOTHING""")
                .params(id, person.value(), me.id().value(), me.agency().value()).update();
        if (n == 1) {
            audit.record(AuditAction.CREATE, "allocation-request", List.of(id.toString(), person.toString()), null);
        }
        return Allocation.REQUESTED;
    }

    @Override
    public List<AllocationRequest> allocationRequests(boolean waitingOnly) {
        requireHub();
        audit.record(AuditAction.SEARCH, "allocation-request", List.of(), waitingOnly ? "waiting" : "all");
        return jdbc.sql("""
                SELECT r.id, r.person_id, p.given_name || ' ' || p.family_name AS person_name, u.display_name AS user_name,
                       a.name AS agency_name, r.requested_at, r.decision, d.display_name AS decider, r.decided_at
                FROM allocation_request r
                JOIN person p ON p.id = r.person_id
                JOIN staff_user u ON u.id = r.user_id
                JOIN agency a ON a.id = r.agency_id
                LEFT JOIN staff_user d ON d.id = r.decided_by
                WHERE (NOT :waiting OR r.decision IS NULL)
                ORDER BY r.requested_at DESC LIMIT 500""")
                .param("waiting", waitingOnly)
                .query((rs, n) -> new AllocationRequest(rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("person_name"),
                        rs.getString("user_name"), rs.getString("agency_name"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getString("decision"), rs.getString("decider"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    private record Waiting(PersonId person, StaffUserId user, AgencyId agency) {
    }

    private Waiting waiting(UUID requestId, StaffPrincipal me) {
        Waiting w = jdbc.sql("SELECT person_id, user_id, agency_id FROM allocation_request WHERE id = ? AND decision IS NULL FOR UPDATE")
                .param(requestId)
                .query((rs, n) -> new Waiting(new PersonId(rs.getObject(1, UUID.class)),
                        new StaffUserId(rs.getObject(2, UUID.class)), new AgencyId(rs.getObject(3, UUID.class))))
                .optional().orElseThrow(() -> new NoSuchElementException("No such request waiting"));
        if (w.user().equals(me.id())) {
            throw new AccessDeniedException("Nobody decides their own allocation");
        }
        return w;
    }

    @Override
    public void approveAllocation(UUID requestId) {
        StaffPrincipal me = requireHub();
        Waiting w = waiting(requestId, me);
        GrantBasis basis = GrantBasis.of("allocation-request", requestId);
        grant(w.person(), GrantHolder.user(w.user()), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, null, basis);
        grant(w.person(), GrantHolder.agency(w.agency()), AccessGround.ALLOCATED, AccessScope.RECORD, null, basis);
        jdbc.sql("UPDATE allocation_request SET decision = 'APPROVED', decided_by = ?, decided_at = now() WHERE id = ?")
                .params(me.id().value(), requestId).update();
        audit.record(AuditAction.UPDATE, "allocation-request", List.of(requestId.toString(), w.person().toString()),
                "approved");
    }

    @Override
    public void refuseAllocation(UUID requestId, String reason) {
        StaffPrincipal me = requireHub();
        Waiting w = waiting(requestId, me);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        jdbc.sql("""
                UPDATE allocation_request SET decision = 'REFUSED', decision_reason = ?, decided_by = ?, decided_at = now()
                WHERE id = ?""").params(why == null ? null : why.length() > 2000 ? why.substring(0, 2000) : why,
                me.id().value(), requestId).update();
        audit.record(AuditAction.UPDATE, "allocation-request", List.of(requestId.toString(), w.person().toString()),
                "refused");
    }

    private static StaffPrincipal requireHub() {
        StaffPrincipal me = staff();
        if (!me.hasRole(Role.HUB_COORDINATOR)) {
            throw new AccessDeniedException("Hub coordinators decide allocations");
        }
        return me;
    }

    static Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    static StaffPrincipal staff() {
        if (me() instanceof StaffPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Only staff can do this");
    }
}
