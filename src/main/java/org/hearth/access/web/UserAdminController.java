package org.hearth.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
import org.hearth.access.PasswordPolicy;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff user accounts, for system administrators: the list, adding a user, a user's page (audited as a read of
 * their details) with unlock, second-factor reset and new password, and changing a user. Changes that alter what
 * a user may do end that user's sessions, so they take effect at once.
 */
@Controller
@RequestMapping("/admin/users")
public class UserAdminController {

    static final String FORM = "userForm";
    static final String PASSWORD_FORM = "passwordForm";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
            .withZone(UK);

    /** A row of the users table. */
    public record UserRow(String id, String name, String username, String agency, String roles, boolean enabled,
            boolean locked, boolean mfaEnrolled, boolean demo) {
    }

    private final StaffUsers users;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final SignedInSessions sessions;

    UserAdminController(StaffUsers users, Partnerships partnerships, AuditTrail audit, SignedInSessions sessions) {
        this.users = users;
        this.partnerships = partnerships;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Bean
    static NavigationItem usersNavigation() {
        return new NavigationItem("Users", "/admin/users", 90, "ROLE_SYSTEM_ADMIN").in(NavigationSection.ADMINISTRATION);
    }

    @GetMapping
    @NotAudited("a staff directory (names, agencies, roles) with no case or contact data; each user's page is audited")
    public String list(Model model) {
        Map<AgencyId, String> agencies = agencyNames();
        model.addAttribute("users", users.all().stream()
                .map(u -> new UserRow(u.id().toString(), u.displayName(), u.username(),
                        agencies.getOrDefault(u.agency(), "Unknown agency"), roleLabels(u), u.enabled(), u.locked(),
                        u.mfaEnrolled(), u.demo()))
                .toList());
        return "access/admin/users";
    }

    @GetMapping("/new")
    @NotAudited("an empty form")
    public String addForm(Model model) {
        model.addAttribute(FORM, new NewUserForm());
        return form(model, null);
    }

    @PostMapping
    @NotAudited("StaffUsers records the new account in the audit trail")
    public String add(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute(FORM) NewUserForm form,
            BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        checkAgency(form, result, null);
        PasswordPolicy.problem(form.getPassword()).ifPresent(p -> result.rejectValue("password", "policy", p));
        if (!result.hasErrors()) {
            try {
                StaffUsers.RoleChange change = users.changeRoles(null, form.details(), form.getPassword(), me,
                        form.getReason());
                redirect.addFlashAttribute("success", "The user has been added. Give them their username and "
                        + "password; they will set up a second factor when they first sign in."
                        + awaiting(change));
                return "redirect:/admin/users/" + change.user().id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, null);
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, recordType = "staff-user", ids = "#id")
    public String show(@PathVariable UUID id, Model model) {
        StaffUser user = existing(id);
        model.addAttribute(PASSWORD_FORM, new PasswordForm());
        return page(model, user);
    }

    @GetMapping("/{id}/edit")
    @Audited(action = AuditAction.READ, recordType = "staff-user", ids = "#id")
    public String editForm(@PathVariable UUID id, Model model) {
        StaffUser user = existing(id);
        model.addAttribute(FORM, UserForm.of(user));
        return form(model, user);
    }

    @PostMapping("/{id}/edit")
    @NotAudited("StaffUsers records the change in the audit trail")
    public String edit(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me,
            @Valid @ModelAttribute(FORM) UserForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = existing(id);
        checkAgency(form, result, user);
        boolean self = me.id().equals(user.id());
        if (self && !form.isEnabled() && !result.hasFieldErrors("enabled")) {
            result.rejectValue("enabled", "self", "You cannot disable your own account");
        }
        if (self && !form.getRoles().equals(user.roles()) && !result.hasFieldErrors("roles")) {
            result.rejectValue("roles", "self", "You cannot change your own roles. Ask another administrator.");
        }
        if (!result.hasErrors()) {
            try {
                StaffUsers.RoleChange change = users.changeRoles(user.id(), form.details(user.username()), null, me,
                        form.getReason());
                StaffUser saved = change.user();
                boolean accessChanged = !saved.enabled() || !saved.roles().equals(user.roles())
                        || !saved.agency().equals(user.agency());
                if (accessChanged && !self) {
                    sessions.endAll(user.username());
                }
                redirect.addFlashAttribute("success", "The user's details have been updated"
                        + (accessChanged && !self ? ". If they were signed in, they have been signed out." : ".")
                        + awaiting(change));
                return "redirect:/admin/users/" + user.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, user);
    }

    @PostMapping("/{id}/unlock")
    @NotAudited("StaffUsers records the unlock in the audit trail")
    public String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        StaffUser user = existing(id);
        users.unlock(user.id());
        redirect.addFlashAttribute("success", "The account has been unlocked. They can sign in again now.");
        return "redirect:/admin/users/" + user.id();
    }

    @PostMapping("/{id}/reset-second-factor")
    @NotAudited("StaffUsers records the reset in the audit trail")
    public String resetSecondFactor(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        StaffUser user = existing(id);
        users.resetSecondFactor(user.id());
        if (!me.id().equals(user.id())) {
            sessions.endAll(user.username());
        }
        redirect.addFlashAttribute("success", "The second factor has been reset. They will set up a new one "
                + "when they next sign in.");
        return "redirect:/admin/users/" + user.id();
    }

    @PostMapping("/{id}/password")
    @NotAudited("StaffUsers records the change; a rejected password records the read of the page shown again")
    public String setPassword(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me,
            @ModelAttribute(PASSWORD_FORM) PasswordForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = existing(id);
        PasswordPolicy.problem(form.getPassword()).ifPresent(p -> result.rejectValue("password", "policy", p));
        if (!result.hasErrors()) {
            try {
                users.setPassword(user.id(), form.getPassword());
                if (!me.id().equals(user.id())) {
                    sessions.endAll(user.username());
                }
                redirect.addFlashAttribute("success", "A new password has been set. Give it to them separately "
                        + "from their username.");
                return "redirect:/admin/users/" + user.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        form.setPassword(null);
        audit.record(AuditAction.READ, "staff-user", List.of(user.id().toString()), null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, user);
    }

    private static String awaiting(StaffUsers.RoleChange change) {
        if (change.awaitingApproval().isEmpty()) {
            return "";
        }
        return " " + change.awaitingApproval().stream().sorted().map(Role::label).collect(Collectors.joining(", "))
                + " lets them see people's records, so it waits for another administrator or the partnership "
                + "coordinator to approve it.";
    }

    private StaffUser existing(UUID id) {
        return users.find(new StaffUserId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Active agencies, plus the user's own if it has become inactive, by name. */
    private List<Agency> agencyChoices(StaffUser user) {
        return partnerships.agencies().stream()
                .filter(a -> a.active() || (user != null && a.id().equals(user.agency())))
                .toList();
    }

    private void checkAgency(UserForm form, BindingResult result, StaffUser user) {
        if (form.getAgency() != null && !result.hasFieldErrors("agency")
                && agencyChoices(user).stream().noneMatch(a -> a.id().value().equals(form.getAgency()))) {
            result.rejectValue("agency", "unknown", "Select the user's agency");
        }
    }

    /** The add or change page; {@code user} is null when adding. */
    private String form(Model model, StaffUser user) {
        model.addAttribute("user", user);
        List<Option> agencies = new ArrayList<>(List.of(new Option("", "Select an agency")));
        agencies.addAll(Option.of(agencyChoices(user), a -> a.id().value(),
                a -> a.name() + (a.active() ? "" : " (inactive)")));
        model.addAttribute("agencyOptions", agencies);
        model.addAttribute("roleOptions", Arrays.stream(Role.values())
                .map(r -> Option.hinted(r.name(), r.label(), r.description())).toList());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
        return "access/admin/user-form";
    }

    private String page(Model model, StaffUser user) {
        String agency = partnerships.agency(user.agency()).map(Agency::name).orElse("Unknown agency");
        String edit = "/admin/users/" + user.id() + "/edit";
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Full name", user.displayName(), edit, "Change"));
        rows.add(new SummaryRow("Username", user.username()));
        rows.add(new SummaryRow("Email address", user.email() == null ? "Not given" : user.email(), edit, "Change"));
        rows.add(new SummaryRow("Agency", agency, edit, "Change"));
        rows.add(new SummaryRow("Roles", roleLabels(user), edit, "Change"));
        List<org.hearth.access.RoleGrant> pending = users.pendingRoleGrants(user.id());
        if (!pending.isEmpty()) {
            rows.add(new SummaryRow("Awaiting approval", pending.stream().map(g -> g.role().label() + " (asked by "
                    + g.requestedByName() + ")").collect(Collectors.joining(", "))));
        }
        rows.add(new SummaryRow("Account", user.enabled() ? "Enabled" : "Disabled: cannot sign in", edit, "Change"));
        rows.add(new SummaryRow("Second factor", user.mfaEnrolled() ? "Set up"
                : user.demo() ? "Not set up (demo account: signs in with a password only)"
                        : "Not set up: they will set one up when they next sign in"));
        rows.add(new SummaryRow("Last signed in", user.lastLoginAt() == null ? "Never" : when(user.lastLoginAt())));
        model.addAttribute("user", user);
        model.addAttribute("rows", rows);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
        return "access/admin/user";
    }

    private Map<AgencyId, String> agencyNames() {
        return partnerships.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    private static String roleLabels(StaffUser user) {
        return user.roles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                .collect(Collectors.joining(", "));
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
