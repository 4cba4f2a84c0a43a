package org.hearth.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.RoleGrant;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff users, their roles and the role grants awaiting approval, in PostgreSQL: SQL only, no checks and no audit
 * ({@link JdbcStaffUsers} does both).
 */
@Component
class StaffUserStore {

    private static final String SELECT = """
            SELECT u.*, exists(SELECT 1 FROM sign_in_throttle t
                               WHERE t.username_key = u.username AND t.blocked_until > now()) AS locked
            FROM staff_user u""";

    private static final String GRANTS = """
            SELECT g.*, u.display_name AS user_name FROM role_grant g JOIN staff_user u ON u.id = g.user_id""";

    private final JdbcClient jdbc;

    StaffUserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffUser> all() {
        Map<UUID, Set<Role>> roles = rolesOf(null);
        return jdbc.sql(SELECT + " ORDER BY u.display_name").query((rs, n) -> user(rs, roles)).list();
    }

    Optional<StaffUser> find(StaffUserId id) {
        Map<UUID, Set<Role>> roles = rolesOf(id.value());
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id.value()).query((rs, n) -> user(rs, roles))
                .optional();
    }

    boolean anyExist() {
        return jdbc.sql("SELECT exists(SELECT 1 FROM staff_user)").query(Boolean.class).single();
    }

    /** Inserts the user (a taken username fails with {@code DuplicateKeyException}). */
    void insert(StaffUserId id, StaffUserDetails details, String passwordHash, boolean demo) {
        jdbc.sql("""
                INSERT INTO staff_user (id, username, display_name, email, agency_id, password_hash, enabled, demo)
                VALUES (:id, :username, :name, :email, :agency, :hash, :enabled, :demo)""")
                .param("id", id.value()).param("username", details.username())
                .param("name", details.displayName().trim()).param("email", StaffUserRules.blankToNull(details.email()))
                .param("agency", details.agency().value()).param("hash", passwordHash)
                .param("enabled", details.enabled()).param("demo", demo).update();
    }

    /** Updates the user's details; false when there is no such user. */
    boolean update(StaffUserId id, StaffUserDetails details) {
        return jdbc.sql("""
                UPDATE staff_user SET display_name = :name, email = :email, agency_id = :agency, enabled = :enabled,
                    updated_at = now()
                WHERE id = :id""")
                .param("name", details.displayName().trim()).param("email", StaffUserRules.blankToNull(details.email()))
                .param("agency", details.agency().value()).param("enabled", details.enabled()).param("id", id.value())
                .update() > 0;
    }

    /** Replaces the user's roles. */
    void setRoles(StaffUserId id, Set<Role> roles) {
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = :user").param("user", id.value()).update();
        addRoles(id, roles);
    }

    void addRoles(StaffUserId id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:user, :role) ON CONFLICT DO NOTHING")
                    .param("user", id.value()).param("role", role.name()).update();
        }
    }

    /** The user's roles (none: no such user). */
    Set<Role> roles(UUID user) {
        return rolesOf(user).getOrDefault(user, Set.of());
    }

    private Map<UUID, Set<Role>> rolesOf(UUID onlyUser) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        var sql = onlyUser == null ? jdbc.sql("SELECT user_id, role FROM staff_user_role")
                : jdbc.sql("SELECT user_id, role FROM staff_user_role WHERE user_id = :user").param("user", onlyUser);
        sql.query((rs, n) -> {
            roles.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
            return null;
        }).list();
        return roles;
    }

    /** Asks for a role for the user, awaiting a second person's approval (a pending request takes the new reason). */
    void requestRole(StaffUserId user, Role role, String reason, Actor by) {
        jdbc.sql("""
                INSERT INTO role_grant (id, user_id, role, reason, requested_by, requested_by_name)
                VALUES (:id, :user, :role, :reason, :by, :byName)
                ON CONFLICT (user_id, role) WHERE decision IS NULL DO UPDATE SET reason = EXCLUDED.reason""")
                .param("id", UUID.randomUUID()).param("user", user.value()).param("role", role.name())
                .param("reason", reason).param("by", by.actorId()).param("byName", by.actorName()).update();
    }

    List<RoleGrant> pendingGrants() {
        return jdbc.sql(GRANTS + " WHERE g.decision IS NULL ORDER BY g.requested_at").query(StaffUserStore::grant)
                .list();
    }

    List<RoleGrant> decidedGrants(int limit) {
        return jdbc.sql(GRANTS + " WHERE g.decision IS NOT NULL ORDER BY g.decided_at DESC LIMIT :limit")
                .param("limit", limit).query(StaffUserStore::grant).list();
    }

    List<RoleGrant> pendingGrants(StaffUserId user) {
        return jdbc.sql(GRANTS + " WHERE g.decision IS NULL AND g.user_id = :user ORDER BY g.requested_at")
                .param("user", user.value()).query(StaffUserStore::grant).list();
    }

    /** The grant, its row locked until the transaction ends. */
    Optional<RoleGrant> lockGrant(UUID id) {
        return jdbc.sql(GRANTS + " WHERE g.id = :id FOR UPDATE OF g").param("id", id).query(StaffUserStore::grant)
                .optional();
    }

    void decide(UUID grant, boolean approve, Actor by) {
        jdbc.sql("""
                UPDATE role_grant SET decision = :decision, decided_by = :by, decided_by_name = :byName,
                    decided_at = now()
                WHERE id = :id""")
                .param("decision", approve ? "APPROVED" : "REFUSED").param("by", by.actorId())
                .param("byName", by.actorName()).param("id", grant).update();
    }

    void resetSecondFactor(StaffUserId id) {
        jdbc.sql("""
                UPDATE staff_user SET totp_secret = NULL, totp_last_step = NULL, mfa_enrolled_at = NULL,
                    updated_at = now()
                WHERE id = :id""").param("id", id.value()).update();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :user").param("user", id.value()).update();
    }

    void setPasswordHash(StaffUserId id, String hash) {
        jdbc.sql("UPDATE staff_user SET password_hash = :hash, updated_at = now() WHERE id = :id").param("hash", hash)
                .param("id", id.value()).update();
    }

    String passwordHash(StaffUserId id) {
        return jdbc.sql("SELECT password_hash FROM staff_user WHERE id = :id").param("id", id.value())
                .query(String.class).single();
    }

    Optional<StaffPrincipal> principalByUsername(String key) {
        return jdbc.sql("SELECT * FROM staff_user WHERE username = :username").param("username", key)
                .query(this::principal).optional();
    }

    List<StaffPrincipal> principalsByEmail(String email) {
        return jdbc.sql("SELECT * FROM staff_user WHERE lower(email) = lower(:email)").param("email", email)
                .query(this::principal).list();
    }

    void recordSignIn(StaffUserId id) {
        jdbc.sql("UPDATE staff_user SET last_login_at = now() WHERE id = :id").param("id", id.value()).update();
    }

    private StaffPrincipal principal(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new StaffPrincipal(new StaffUserId(id), rs.getString("username"), rs.getString("display_name"),
                new AgencyId(rs.getObject("agency_id", UUID.class)), roles(id), rs.getBoolean("enabled"),
                rs.getBoolean("demo"), rs.getTimestamp("mfa_enrolled_at") != null, rs.getString("password_hash"));
    }

    private static RoleGrant grant(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RoleGrant(rs.getObject("id", UUID.class), new StaffUserId(rs.getObject("user_id", UUID.class)),
                rs.getString("user_name"), Role.valueOf(rs.getString("role")), rs.getString("reason"),
                rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("decision"), rs.getString("decided_by_name"),
                decided == null ? null : decided.toInstant());
    }

    private static StaffUser user(ResultSet rs, Map<UUID, Set<Role>> roles) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp last = rs.getTimestamp("last_login_at");
        return new StaffUser(new StaffUserId(id), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), new AgencyId(rs.getObject("agency_id", UUID.class)),
                roles.getOrDefault(id, Set.of()), rs.getBoolean("enabled"), rs.getBoolean("demo"),
                rs.getTimestamp("mfa_enrolled_at") != null, rs.getBoolean("locked"),
                last == null ? null : last.toInstant());
    }
}
