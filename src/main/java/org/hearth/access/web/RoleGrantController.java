package org.hearth.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Dates;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Four eyes on role grants: roles that open people's records, given by one administrator, wait here until a
 * second administrator or a partnership coordinator approves or refuses them. The one who asked, and the user it
 * is for, may look but not decide.
 */
@Controller
@RequestMapping("/role-grants")
public class RoleGrantController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
            .withZone(Dates.UK);

    private final StaffUsers users;
    private final SignedInSessions sessions;

    RoleGrantController(StaffUsers users, SignedInSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Navigation(label = "Role approvals", order = 91, section = NavigationSection.ADMINISTRATION,
            roles = {"SYSTEM_ADMIN", "PARTNERSHIP_COORDINATOR"})
    @GetMapping
    @NotAudited("staff names, roles and reasons, no person data; each decision is audited by StaffUsers")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("pending", users.pendingRoleGrants());
        model.addAttribute("decided", users.decidedRoleGrants(50));
        model.addAttribute("me", me.actorId());
        model.addAttribute("when", WHEN);
        return "access/admin/role-grants";
    }

    @PostMapping("/{id}/approve")
    @NotAudited("StaffUsers records the decision with the roles before and after")
    public String approve(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, true, me, model, response, redirect);
    }

    @PostMapping("/{id}/refuse")
    @NotAudited("StaffUsers records the decision with the roles before and after")
    public String refuse(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, false, me, model, response, redirect);
    }

    private String decide(UUID id, boolean approve, StaffPrincipal me, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        StaffUserId user;
        try {
            user = users.decideRoleGrant(id, approve, me);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalStateException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("error", e.getMessage());
            return list(me, model);
        }
        if (approve) {
            // the new role takes effect at their next sign-in; end their sessions so that is now
            users.find(user).map(StaffUser::username).ifPresent(sessions::endAll);
        }
        redirect.addFlashAttribute("success", approve ? "The role has been approved. If they were signed in, they "
                + "have been signed out, and have the role when they sign in again." : "The role has been refused.");
        return "redirect:/role-grants";
    }
}
