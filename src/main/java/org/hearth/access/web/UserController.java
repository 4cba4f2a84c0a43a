package org.hearth.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.hearth.access.PasswordPolicy;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.FormErrors;
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
 * One staff user, for system administrators: their page (audited as a read of their details) with unlock,
 * second-factor reset and new password, and changing them. The user named by the path is loaded once, before the
 * handler, as the model's {@code user} (an unknown id is a 404). Changes that alter what a user may do end that
 * user's sessions, so they take effect at once.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserController {

    static final String PASSWORD_FORM = "passwordForm";

    private final StaffUsers users;
    private final Partnerships partnerships;
    private final AuditTrail audit;
    private final SignedInSessions sessions;

    UserController(StaffUsers users, Partnerships partnerships, AuditTrail audit, SignedInSessions sessions) {
        this.users = users;
        this.partnerships = partnerships;
        this.audit = audit;
        this.sessions = sessions;
    }

    @ModelAttribute("user")
    StaffUser user(@PathVariable UUID id) {
        return users.find(new StaffUserId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    @Audited(action = AuditAction.READ, recordType = "staff-user", ids = "#id")
    String show(@PathVariable UUID id, @ModelAttribute(name = "user", binding = false) StaffUser user, Model model) {
        model.addAttribute(PASSWORD_FORM, new PasswordForm());
        return page(model, user);
    }

    @GetMapping("/edit")
    @Audited(action = AuditAction.READ, recordType = "staff-user", ids = "#id")
    String editForm(@PathVariable UUID id, @ModelAttribute(name = "user", binding = false) StaffUser user,
            Model model) {
        model.addAttribute(UsersController.FORM, UserForm.of(user));
        return UsersController.formPage(model, partnerships, user);
    }

    @PostMapping("/edit")
    @NotAudited("StaffUsers records the change in the audit trail")
    String edit(@ModelAttribute(name = "user", binding = false) StaffUser user,
            @AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute(UsersController.FORM) UserForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UsersController.checkAgency(form, result, partnerships, user);
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
                        + UserViews.awaiting(change));
                return "redirect:/admin/users/" + user.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return UsersController.formPage(model, partnerships, user);
    }

    @PostMapping("/unlock")
    @NotAudited("StaffUsers records the unlock in the audit trail")
    String unlock(@ModelAttribute(name = "user", binding = false) StaffUser user, RedirectAttributes redirect) {
        users.unlock(user.id());
        redirect.addFlashAttribute("success", "The account has been unlocked. They can sign in again now.");
        return "redirect:/admin/users/" + user.id();
    }

    @PostMapping("/reset-second-factor")
    @NotAudited("StaffUsers records the reset in the audit trail")
    String resetSecondFactor(@ModelAttribute(name = "user", binding = false) StaffUser user,
            @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        users.resetSecondFactor(user.id());
        if (!me.id().equals(user.id())) {
            sessions.endAll(user.username());
        }
        redirect.addFlashAttribute("success", "The second factor has been reset. They will set up a new one "
                + "when they next sign in.");
        return "redirect:/admin/users/" + user.id();
    }

    @PostMapping("/password")
    @NotAudited("StaffUsers records the change; a rejected password records the read of the page shown again")
    String setPassword(@ModelAttribute(name = "user", binding = false) StaffUser user,
            @AuthenticationPrincipal StaffPrincipal me, @ModelAttribute(PASSWORD_FORM) PasswordForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
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

    private String page(Model model, StaffUser user) {
        String agency = partnerships.agency(user.agency()).map(Agency::name).orElse(UserViews.UNKNOWN_AGENCY);
        model.addAttribute("rows", UserViews.summary(user, agency, users.pendingRoleGrants(user.id())));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
        return "access/admin/user";
    }
}
