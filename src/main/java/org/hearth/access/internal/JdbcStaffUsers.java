package org.hearth.access.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
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
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users, each call in one transaction: the rules ({@link StaffUserRules}, no database) applied, the SQL in
 * {@link StaffUserStore}, and the audit. {@link #loadUserByUsername} feeds password sign-in; deliberately not a
 * {@code UserDetailsService} bean, which would make Spring add a second, MFA-unaware way to sign in.
 */
@Service
@Transactional
class JdbcStaffUsers implements StaffUsers {

    private final StaffUserStore store;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final LoginThrottle throttle;
    private final ReadOnlyMemo<StaffUserId, Optional<StaffUser>> found = new ReadOnlyMemo<>("staff-user");

    JdbcStaffUsers(StaffUserStore store, PasswordEncoder passwords, AuditTrail audit, Partnerships partnerships,
            LoginThrottle throttle) {
        this.store = store;
        this.passwords = passwords;
        this.audit = audit;
        this.partnerships = partnerships;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        return store.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffUser> find(StaffUserId id) {
        // once a read-only transaction (a page asking twice), never longer
        return found.get(id, store::find);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyExist() {
        return store.anyExist();
    }

    @Override
    public StaffUser create(StaffUserDetails details, String initialPassword, boolean demo) {
        StaffUser created = createUnaudited(details, initialPassword, demo);
        audit.record(AuditAction.CREATE, "staff-user", List.of(created.id().toString()),
                StaffUserRules.roleChange(Set.of(), created.roles(), Set.of(), ""));
        return created;
    }

    private StaffUser createUnaudited(StaffUserDetails details, String initialPassword, boolean demo) {
        StaffUserRules.checkPassword("password", initialPassword);
        checkAgency(details.agency());
        StaffUserId id = StaffUserId.random();
        try {
            store.insert(id, details, passwords.encode(initialPassword), demo);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("username", "That username is already taken");
        }
        store.addRoles(id, details.roles());
        return store.find(id).orElseThrow();
    }

    @Override
    public StaffUser update(StaffUserId id, StaffUserDetails details) {
        Set<Role> before = store.find(id).map(StaffUser::roles).orElse(Set.of());
        StaffUser saved = updateUnaudited(id, details);
        audit.record(AuditAction.UPDATE, "staff-user", List.of(id.toString()),
                StaffUserRules.roleChange(before, saved.roles(), Set.of(), ""));
        return saved;
    }

    private StaffUser updateUnaudited(StaffUserId id, StaffUserDetails details) {
        checkAgency(details.agency());
        if (!store.update(id, details)) {
            throw new NoSuchElementException("No such user");
        }
        store.setRoles(id, details.roles());
        return store.find(id).orElseThrow();
    }

    @Override
    public RoleChange changeRoles(StaffUserId id, StaffUserDetails details, String initialPassword, Actor by,
            String reason) {
        StaffUserRules.checkStaff(by, "Only a member of staff changes users");
        Set<Role> before = id == null ? Set.of() : store.find(id).map(StaffUser::roles)
                .orElseThrow(() -> new NoSuchElementException("No such user"));
        Set<Role> wanted = details.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(details.roles());
        StaffUserRules.checkNotOwnRoles(id != null && id.value().equals(by.actorId()), before, wanted);
        Set<Role> awaiting = StaffUserRules.awaitingApproval(before, wanted);
        String why = reason == null ? "" : reason.trim();
        StaffUserRules.checkReason(awaiting, why);
        Set<Role> now = EnumSet.noneOf(Role.class);
        now.addAll(wanted);
        now.removeAll(awaiting);
        StaffUserDetails applied = new StaffUserDetails(details.username(), details.displayName(), details.email(),
                details.agency(), now, details.enabled());
        StaffUser saved = id == null ? createUnaudited(applied, initialPassword, false) : updateUnaudited(id, applied);
        for (Role role : awaiting) {
            store.requestRole(saved.id(), role, why, by);
        }
        audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, "staff-user",
                List.of(saved.id().toString()), StaffUserRules.roleChange(before, saved.roles(), awaiting, why));
        return new RoleChange(saved, awaiting);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleGrant> pendingRoleGrants() {
        return store.pendingGrants();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleGrant> decidedRoleGrants(int limit) {
        return store.decidedGrants(limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleGrant> pendingRoleGrants(StaffUserId user) {
        return store.pendingGrants(user);
    }

    @Override
    public StaffUserId decideRoleGrant(UUID grantId, boolean approve, Actor by) {
        RoleGrant grant = store.lockGrant(grantId)
                .orElseThrow(() -> new NoSuchElementException("No such role grant"));
        StaffUserRules.checkDecider(grant, by, by == null || by.actorId() == null ? Set.of()
                : store.roles(by.actorId()));
        Set<Role> before = store.roles(grant.user().value());
        store.decide(grantId, approve, by);
        Set<Role> after = EnumSet.noneOf(Role.class);
        after.addAll(before);
        if (approve) {
            store.addRoles(grant.user(), Set.of(grant.role()));
            after.add(grant.role());
        }
        audit.record(AuditAction.UPDATE, "staff-user", List.of(grant.user().toString()),
                StaffUserRules.decision(before, after, approve, grant));
        return grant.user();
    }

    @Override
    public void unlock(StaffUserId id) {
        store.find(id).ifPresent(u -> throttle.clear(u.username()));
        audit.record(AuditAction.UPDATE, "staff-user", List.of(id.toString()), "unlocked");
    }

    @Override
    public void resetSecondFactor(StaffUserId id) {
        store.resetSecondFactor(id);
        audit.record(AuditAction.MFA_RESET, "staff-user", id);
    }

    @Override
    public void setPassword(StaffUserId id, String newPassword) {
        StaffUserRules.checkPassword("password", newPassword);
        store.setPasswordHash(id, passwords.encode(newPassword));
        audit.record(AuditAction.UPDATE, "staff-user", List.of(id.toString()), "password changed");
    }

    @Override
    public void changeOwnPassword(StaffUserId id, String currentPassword, String newPassword) {
        if (currentPassword == null || !passwords.matches(currentPassword, store.passwordHash(id))) {
            throw InvalidInputException.of("currentPassword", "Your current password is not right");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "Your new password must be different from your current one");
        }
        StaffUserRules.checkPassword("newPassword", newPassword);
        setPassword(id, newPassword);
    }

    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional(readOnly = true)
    Optional<StaffPrincipal> findByUsername(String username) {
        return store.principalByUsername(LoginThrottle.key(username));
    }

    /** Accounts whose email address is this one, ignoring case (for identity providers that match on email). */
    @Transactional(readOnly = true)
    List<StaffPrincipal> loadByEmail(String email) {
        return store.principalsByEmail(email.trim());
    }

    void recordSignIn(StaffUserId id) {
        store.recordSignIn(id);
    }

    private void checkAgency(AgencyId agency) {
        if (partnerships.agency(agency).isEmpty()) {
            throw InvalidInputException.of("agency", "Select the user's agency");
        }
    }
}
