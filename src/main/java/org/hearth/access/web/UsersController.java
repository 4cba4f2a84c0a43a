package org.hearth.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.access.PasswordPolicy;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff user accounts, for system administrators: the list and adding a user. One user's pages are
 * {@link UserController}.
 */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    static final String FORM = "userForm";

    private final StaffUsers users;
    private final Partnerships partnerships;

    UsersController(StaffUsers users, Partnerships partnerships) {
        this.users = users;
        this.partnerships = partnerships;
    }

    @Navigation(label = "Users", order = 90, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping
    @NotAudited("a staff directory (names, agencies, roles) with no case or contact data; each user's page is audited")
    String list(Model model) {
        Map<AgencyId, String> agencies = partnerships.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Agency::name));
        model.addAttribute("users", users.all().stream().map(u -> UserViews.row(u, agencies)).toList());
        return "access/admin/users";
    }

    @GetMapping("/new")
    @NotAudited("an empty form")
    String addForm(Model model) {
        model.addAttribute(FORM, new NewUserForm());
        return formPage(model, partnerships, null);
    }

    @PostMapping
    @NotAudited("StaffUsers records the new account in the audit trail")
    String add(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute(FORM) NewUserForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        checkAgency(form, result, partnerships, null);
        PasswordPolicy.problem(form.getPassword()).ifPresent(p -> result.rejectValue("password", "policy", p));
        if (!result.hasErrors()) {
            try {
                StaffUsers.RoleChange change = users.changeRoles(null, form.details(), form.getPassword(), me,
                        form.getReason());
                redirect.addFlashAttribute("success", "The user has been added. Give them their username and "
                        + "password; they will set up a second factor when they first sign in."
                        + UserViews.awaiting(change));
                return "redirect:/admin/users/" + change.user().id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, partnerships, null);
    }

    /** Refuses an agency that is not one of the choices (an inactive one, unless it is the user's own). */
    static void checkAgency(UserForm form, BindingResult result, Partnerships partnerships, StaffUser user) {
        if (form.getAgency() != null && !result.hasFieldErrors("agency")
                && UserViews.agencyChoices(partnerships.agencies(), user).stream()
                        .noneMatch(a -> a.id().value().equals(form.getAgency()))) {
            result.rejectValue("agency", "unknown", "Select the user's agency");
        }
    }

    /** The add or change page; {@code user} is null when adding. */
    static String formPage(Model model, Partnerships partnerships, StaffUser user) {
        model.addAttribute("user", user);
        model.addAttribute("agencyOptions",
                UserViews.agencyOptions(UserViews.agencyChoices(partnerships.agencies(), user)));
        model.addAttribute("roleOptions", UserViews.roleOptions());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
        return "access/admin/user-form";
    }
}
