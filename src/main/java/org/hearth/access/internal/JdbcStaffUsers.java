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
import org.hearth.access.InvalidUserException;
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
        PasswordPolicy.problem(initialPassword).ifPresent(p -> {
            throw new InvalidUserException("password", p);
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
            throw new InvalidUserException("username", "That username is already taken");
        }
        saveRoles(id, details.roles());
        audit.record(AuditAction.CREATE, "staff-user", id);
        return find(id).orElseThrow();
    }

    @Override
    public StaffUser update(StaffUserId id, StaffUserDetails details) {
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
        audit.record(AuditAction.UPDATE, "staff-user", id);
        return find(id).orElseThrow();
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
            throw new InvalidUserException("password", p);
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
            throw new InvalidUserException("currentPassword", "Your current password is not right");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidUserException("newPassword", "Your new password must be different from your current one");
        }
        PasswordPolicy.problem(newPassword).ifPresent(p -> {
            throw new InvalidUserException("newPassword", p);
        });
        setPassword(id, newPassword);
    }

    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        String key = LoginThrottle.key(username);
        return jdbc.sql("SELECT * FROM staff_user WHERE username = ?").param(key)
                .query((rs, n) -> new StaffPrincipal(new StaffUserId(rs.getObject("id", UUID.class)),
                        rs.getString("username"), rs.getString("display_name"),
                        new AgencyId(rs.getObject("agency_id", UUID.class)),
                        roles(rs.getObject("id", UUID.class)).getOrDefault(rs.getObject("id", UUID.class), Set.of()),
                        rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getTimestamp("mfa_enrolled_at") != null,
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    void recordSignIn(StaffUserId id) {
        jdbc.sql("UPDATE staff_user SET last_login_at = now() WHERE id = ?").param(id.value()).update();
    }

    private void checkAgency(AgencyId agency) {
        if (partnerships.agency(agency).isEmpty()) {
            throw new InvalidUserException("agency", "Select the user's agency");
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
            SELECT u.*, (t.locked_until IS NOT NULL AND t.locked_until > now()) AS locked
            FROM staff_user u LEFT JOIN login_throttle t ON t.username_key = u.username""";

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
