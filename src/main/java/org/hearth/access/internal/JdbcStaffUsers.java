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
import org.hearth.platform.InvalidInputException;
import org.hearth.access.RoleGrant;
import org.hearth.access.PasswordPolicy;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users in PostgreSQL. {@link #loadUserByUsername} feeds password sign-in; deliberately not a
 * {@code UserDetailsService} bean, which would make Spring add a second, MFA-unaware way to sign in.
 */
@Service
@Transactional
class JdbcStaffUsers implements StaffUsers {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final LoginThrottle throttle;

    JdbcStaffUsers(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, Partnerships partnerships,
            LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.partnerships = partnerships;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        Map<UUID, Set<Role>> roles = roles(null);
        return jdbc.sql(SELECT + " ORDER BY u.display_name").query((rs, n) -> map(rs, roles)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffUser> find(StaffUserId id) {
        Map<UUID, Set<Role>> roles = roles(id.value());
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id.value()).query((rs, n) -> map(rs, roles)).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyExist() {
        return jdbc.sql("SELECT exists(SELECT 1 FROM staff_user)").query(Boolean.class).single();
    }

    @Override
    public StaffUser create(StaffUserDetails details, String initialPassword, boolean demo) {
        StaffUser created = createUnaudited(details, initialPassword, demo);
        audit.record(AuditAction.CREATE, "staff-user", List.of(created.id().toString()),
                roleChange(Set.of(), created.roles(), Set.of(), ""));
        return created;
    }

    private StaffUser createUnaudited(StaffUserDetails details, String initialPassword, boolean demo) {
        PasswordPolicy.problem(initialPassword).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        checkAgency(details.agency());
        StaffUserId id = StaffUserId.random();
        try {
            jdbc.sql("""
                    INSERT INTO staff_user (id, username, display_name, email, agency_id, password_hash, enabled, demo)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), details.username(), details.displayName().trim(), blankToNull(details.email()),
                            details.agency().value(), passwords.encode(initialPassword), details.enabled(), demo)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("username", "That username is already taken");
        }
        saveRoles(id, details.roles());
        return find(id).orElseThrow();
    }

    @Override
    public StaffUser update(StaffUserId id, StaffUserDetails details) {
        Set<Role> before = find(id).map(StaffUser::roles).orElse(Set.of());
        StaffUser saved = updateUnaudited(id, details);
        audit.record(AuditAction.UPDATE, "staff-user", List.of(id.toString()),
                roleChange(before, saved.roles(), Set.of(), ""));
        return saved;
    }

    private StaffUser updateUnaudited(StaffUserId id, StaffUserDetails details) {
        checkAgency(details.agency());
        int n = jdbc.sql("""
                UPDATE staff_user SET display_name = ?, email = ?, agency_id = ?, enabled = ?, updated_at = now()
                WHERE id = ?""")
                .params(details.displayName().trim(), blankToNull(details.email()), details.agency().value(),
                        details.enabled(), id.value())
                .update();
        if (n == 0) {
            throw new java.util.NoSuchElementException("No such user");
        }
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = ?").param(id.value()).update();
        saveRoles(id, details.roles());
        return find(id).orElseThrow();
    }

    @Override
    public RoleChange changeRoles(StaffUserId id, StaffUserDetails details, String initialPassword, Actor by,
            String reason) {
        if (by == null || by.actorId() == null || by.apiClient()) {
            throw new IllegalStateException("Only a member of staff changes users");
        }
        Set<Role> before = id == null ? Set.of() : find(id).map(StaffUser::roles)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such user"));
        Set<Role> wanted = details.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(details.roles());
        boolean self = id != null && id.value().equals(by.actorId());
        if (self && !wanted.equals(before)) {
            throw InvalidInputException.of("roles", "You cannot change your own roles. Ask another administrator.");
        }
        Set<Role> awaiting = EnumSet.noneOf(Role.class);
        for (Role role : wanted) {
            if (!before.contains(role) && Role.NEEDS_APPROVAL.contains(role)) {
                awaiting.add(role);
            }
        }
        String why = reason == null ? "" : reason.trim();
        if (!awaiting.isEmpty() && why.isEmpty()) {
            throw InvalidInputException.of("reason", "Give the reason they need this role: it lets them see "
                    + "people's records, so a second person will check it");
        }
        Set<Role> now = EnumSet.noneOf(Role.class);
        now.addAll(wanted);
        now.removeAll(awaiting);
        StaffUserDetails applied = new StaffUserDetails(details.username(), details.displayName(), details.email(),
                details.agency(), now, details.enabled());
        StaffUser saved;
        if (id == null) {
            saved = createUnaudited(applied, initialPassword, false);
        } else {
            saved = updateUnaudited(id, applied);
        }
        for (Role role : awaiting) {
            jdbc.sql("""
                    INSERT INTO role_grant (id, user_id, role, reason, requested_by, requested_by_name)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, role) WHERE decision IS NULL DO UPDATE SET reason = EXCLUDED.reason""")
                    .params(UUID.randomUUID(), saved.id().value(), role.name(), why, by.actorId(), by.actorName())
                    .update();
        }
        audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, "staff-user",
                List.of(saved.id().toString()), roleChange(before, saved.roles(), awaiting, why));
        return new RoleChange(saved, awaiting);
    }

    /** The audit entry's words: the roles before and after, and those waiting for approval with the reason. */
    static String roleChange(Set<Role> before, Set<Role> after, Set<Role> awaiting, String reason) {
        return "roles before: " + names(before) + "; after: " + names(after)
                + (awaiting.isEmpty() ? "" : "; awaiting approval: " + names(awaiting) + "; reason: " + reason);
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().sorted().map(Role::name)
                .collect(java.util.stream.Collectors.joining(","));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleGrant> pendingRoleGrants() {
        return jdbc.sql(GRANTS + " WHERE g.decision IS NULL ORDER BY g.requested_at").query(JdbcStaffUsers::grant)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleGrant> decidedRoleGrants(int limit) {
        return jdbc.sql(GRANTS + " WHERE g.decision IS NOT NULL ORDER BY g.decided_at DESC LIMIT ?").param(limit)
                .query(JdbcStaffUsers::grant).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleGrant> pendingRoleGrants(StaffUserId user) {
        return jdbc.sql(GRANTS + " WHERE g.decision IS NULL AND g.user_id = ? ORDER BY g.requested_at")
                .param(user.value()).query(JdbcStaffUsers::grant).list();
    }

    @Override
    public StaffUserId decideRoleGrant(UUID grantId, boolean approve, Actor by) {
        RoleGrant grant = jdbc.sql(GRANTS + " WHERE g.id = ? FOR UPDATE OF g").param(grantId)
                .query(JdbcStaffUsers::grant).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("No such role grant"));
        if (!grant.pending()) {
            throw new IllegalStateException("This role has already been " + grant.decision().toLowerCase() + ".");
        }
        if (by == null || by.actorId() == null || by.apiClient()) {
            throw new IllegalStateException("Only a member of staff decides");
        }
        // four eyes: never the administrator who asked, never the user it is for
        if (by.actorId().equals(grant.requestedBy())) {
            throw new IllegalStateException("You asked for this role, so someone else must approve it.");
        }
        if (by.actorId().equals(grant.user().value())) {
            throw new IllegalStateException("You cannot approve a role for yourself.");
        }
        Set<Role> theirs = roles(by.actorId()).getOrDefault(by.actorId(), Set.of());
        if (theirs.stream().noneMatch(Role.APPROVERS::contains)) {
            throw new IllegalStateException("Only an administrator or a partnership coordinator may decide.");
        }
        Set<Role> before = roles(grant.user().value()).getOrDefault(grant.user().value(), Set.of());
        jdbc.sql("UPDATE role_grant SET decision = ?, decided_by = ?, decided_by_name = ?, decided_at = now() WHERE id = ?")
                .params(approve ? "APPROVED" : "REFUSED", by.actorId(), by.actorName(), grantId).update();
        Set<Role> after = EnumSet.noneOf(Role.class);
        after.addAll(before);
        if (approve) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(grant.user().value(), grant.role().name()).update();
            after.add(grant.role());
        }
        audit.record(AuditAction.UPDATE, "staff-user", List.of(grant.user().toString()),
                "roles before: " + names(before) + "; after: " + names(after) + "; "
                        + (approve ? "approved" : "refused") + " " + grant.role().name() + " asked for by "
                        + grant.requestedByName() + " (grant " + grant.id() + ")");
        return grant.user();
    }

    private static final String GRANTS = """
            SELECT g.*, u.display_name AS user_name FROM role_grant g JOIN staff_user u ON u.id = g.user_id""";

    private static RoleGrant grant(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RoleGrant(rs.getObject("id", UUID.class), new StaffUserId(rs.getObject("user_id", UUID.class)),
                rs.getString("user_name"), Role.valueOf(rs.getString("role")), rs.getString("reason"),
                rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("decision"), rs.getString("decided_by_name"),
                decided == null ? null : decided.toInstant());
    }

    @Override
    public void unlock(StaffUserId id) {
        find(id).ifPresent(u -> throttle.clear(u.username()));
        audit.record(AuditAction.UPDATE, "staff-user", List.of(id.toString()), "unlocked");
    }

    @Override
    public void resetSecondFactor(StaffUserId id) {
        jdbc.sql("UPDATE staff_user SET totp_secret = NULL, totp_last_step = NULL, mfa_enrolled_at = NULL, updated_at = now() WHERE id = ?")
                .param(id.value()).update();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(id.value()).update();
        audit.record(AuditAction.MFA_RESET, "staff-user", id);
    }

    @Override
    public void setPassword(StaffUserId id, String newPassword) {
        PasswordPolicy.problem(newPassword).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        jdbc.sql("UPDATE staff_user SET password_hash = ?, updated_at = now() WHERE id = ?")
                .params(passwords.encode(newPassword), id.value()).update();
        audit.record(AuditAction.UPDATE, "staff-user", List.of(id.toString()), "password changed");
    }

    @Override
    public void changeOwnPassword(StaffUserId id, String currentPassword, String newPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM staff_user WHERE id = ?").param(id.value())
                .query(String.class).single();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw InvalidInputException.of("currentPassword", "Your current password is not right");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "Your new password must be different from your current one");
        }
        PasswordPolicy.problem(newPassword).ifPresent(p -> {
            throw InvalidInputException.of("newPassword", p);
        });
        setPassword(id, newPassword);
    }

    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional(readOnly = true)
    Optional<StaffPrincipal> findByUsername(String username) {
        String key = LoginThrottle.key(username);
        return jdbc.sql("SELECT * FROM staff_user WHERE username = ?").param(key).query(this::principal).optional();
    }

    /** Accounts whose email address is this one, ignoring case (for identity providers that match on email). */
    @Transactional(readOnly = true)
    List<StaffPrincipal> loadByEmail(String email) {
        return jdbc.sql("SELECT * FROM staff_user WHERE lower(email) = lower(?)").param(email.trim())
                .query(this::principal).list();
    }

    private StaffPrincipal principal(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new StaffPrincipal(new StaffUserId(id), rs.getString("username"), rs.getString("display_name"),
                new AgencyId(rs.getObject("agency_id", UUID.class)), roles(id).getOrDefault(id, Set.of()),
                rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getTimestamp("mfa_enrolled_at") != null,
                rs.getString("password_hash"));
    }

    void recordSignIn(StaffUserId id) {
        jdbc.sql("UPDATE staff_user SET last_login_at = now() WHERE id = ?").param(id.value()).update();
    }

    private void checkAgency(AgencyId agency) {
        if (partnerships.agency(agency).isEmpty()) {
            throw InvalidInputException.of("agency", "Select the user's agency");
        }
    }

    private void saveRoles(StaffUserId id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)").params(id.value(), role.name())
                    .update();
        }
    }

    private Map<UUID, Set<Role>> roles(UUID onlyUser) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        var sql = onlyUser == null ? jdbc.sql("SELECT user_id, role FROM staff_user_role")
                : jdbc.sql("SELECT user_id, role FROM staff_user_role WHERE user_id = ?").param(onlyUser);
        sql.query((rs, n) -> {
            roles.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
            return null;
        }).list();
        return roles;
    }

    private static final String SELECT = """
            SELECT u.*, exists(SELECT 1 FROM sign_in_throttle t
                               WHERE t.username_key = u.username AND t.blocked_until > now()) AS locked
            FROM staff_user u""";

    private static StaffUser map(ResultSet rs, Map<UUID, Set<Role>> roles) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp last = rs.getTimestamp("last_login_at");
        return new StaffUser(new StaffUserId(id), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), new AgencyId(rs.getObject("agency_id", UUID.class)),
                roles.getOrDefault(id, Set.of()), rs.getBoolean("enabled"), rs.getBoolean("demo"),
                rs.getTimestamp("mfa_enrolled_at") != null, rs.getBoolean("locked"),
                last == null ? null : last.toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
