package org.hearth.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.hearth.platform.InvalidInputException;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Navigation;
import org.hearth.platform.web.SummaryRow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: details, password change (which ends the user's other sessions: whoever signed in
 * elsewhere with the old password is signed out at once), new recovery codes.
 */
@Controller
@NotAudited("a user's own account; changes are audited by StaffUsers and SecondFactor callers")
class AccountController {

    private static final Logger log = LoggerFactory.getLogger(AccountController.class);

    private final StaffUsers users;
    private final Partnerships partnerships;
    private final SecondFactor secondFactor;
    private final AuditTrail audit;
    private final FindByIndexNameSessionRepository<?> sessions;

    AccountController(StaffUsers users, Partnerships partnerships, SecondFactor secondFactor, AuditTrail audit,
            FindByIndexNameSessionRepository<?> sessions) {
        this.users = users;
        this.partnerships = partnerships;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Navigation(label = "Your account", order = 1000, roles = Navigation.SIGNED_IN)
    @GetMapping("/account")
    String account(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        var user = users.find(me.id()).orElseThrow();
        String agency = partnerships.agency(user.agency()).map(a -> a.name()).orElse("");
        model.addAttribute("details", List.of(
                new SummaryRow("Name", user.displayName()),
                new SummaryRow("Username", user.username()),
                new SummaryRow("Agency", agency),
                new SummaryRow("Roles", String.join(", ", user.roles().stream().map(r -> r.label()).sorted().toList())),
                new SummaryRow("Second factor", user.mfaEnrolled()
                        ? "Authenticator app, " + secondFactor.unusedRecoveryCodes(me.id()) + " recovery codes unused"
                        : user.demo() ? "None (demo account)" : "Not set up")));
        model.addAttribute("mfaEnrolled", user.mfaEnrolled());
        return "access/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes flash) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw InvalidInputException.of("confirmPassword", "The new passwords do not match");
            }
            users.changeOwnPassword(me.id(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("passwordError", e.getMessage());
            model.addAttribute("passwordErrorField", e.field());
            return account(me, model);
        }
        flash.addFlashAttribute("success", endOtherSessions(me, request.getSession(false), "password changed")
                ? "Your password has been changed. You have been signed out everywhere else."
                : "Your password has been changed, but your other sessions could not be signed out: ask an "
                        + "administrator to sign you out everywhere.");
        return "redirect:/account";
    }

    /**
     * Ends every session of this user but {@code current} (whoever signed in elsewhere with an old password or a
     * recovery code that may be known), audited with their number; false when that failed (logged without ids).
     */
    private boolean endOtherSessions(StaffPrincipal me, HttpSession current, String why) {
        String kept = current == null ? null : current.getId();
        try {
            List<String> others = sessions.findByPrincipalName(me.getUsername()).keySet().stream()
                    .filter(id -> !id.equals(kept)).toList();
            others.forEach(sessions::deleteById);
            audit.record(AuditAction.UPDATE, "staff-user", List.of(me.id().toString()),
                    why + ": " + others.size() + " other session(s) ended");
            return true;
        } catch (RuntimeException e) {
            log.warn("A user's other sessions could not be ended after a {} ({})", why, e.getClass().getSimpleName());
            return false;
        }
    }

    @PostMapping("/account/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal StaffPrincipal me, Model model, HttpServletRequest request) {
        if (users.find(me.id()).map(u -> !u.mfaEnrolled()).orElse(true)) {
            return "redirect:/account";
        }
        model.addAttribute("codes", secondFactor.newRecoveryCodes(me.id()));
        audit.record(AuditAction.UPDATE, "staff-user", List.of(me.id().toString()), "new recovery codes");
        model.addAttribute("signedOutElsewhere", endOtherSessions(me, request.getSession(false), "new recovery codes"));
        return "access/recovery-codes";
    }
}
