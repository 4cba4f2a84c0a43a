package org.hearth.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.NotAudited;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in pages: the password form, the second-factor code, TOTP enrolment with its QR code, and the
 * recovery codes shown once after enrolment. Wrong input re-renders the page with an error summary and a
 * 4xx status.
 */
@Controller
@NotAudited("sign-in pages hold no person data; sign-ins themselves are audited by SignIn")
class LoginController {

    static final String ERROR_ATTRIBUTE = "login.error";
    static final String USERNAME_ATTRIBUTE = "login.username";
    /** Session attribute: how the first step was passed when it was not a password (for the audit). */
    static final String FIRST_FACTOR = "hearth.firstFactor";
    private static final String ENROL_SECRET = "hearth.enrolSecret";
    private static final String NEW_RECOVERY_CODES = "hearth.newRecoveryCodes";

    private final SecondFactor secondFactor;
    private final SignIn signIn;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    private final OidcSettings oidc;

    LoginController(SecondFactor secondFactor, SignIn signIn, LoginThrottle throttle, AuditTrail audit,
            OidcSettings oidc) {
        this.oidc = oidc;
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** A configured identity provider, as the sign-in page offers it. */
    record ProviderLink(String href, String label) {
    }

    /** Every page that may show the sign-in form offers the configured identity providers. */
    @org.springframework.web.bind.annotation.ModelAttribute("identityProviders")
    List<ProviderLink> identityProviders() {
        return oidc.providers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new ProviderLink(OidcLogin.AUTHORIZATION_PATH + "/" + e.getKey(), e.getValue().label()))
                .toList();
    }

    @GetMapping("/login")
    String login(@RequestParam Optional<String> signedOut, Model model) {
        signedOut.ifPresent(s -> model.addAttribute("signedOut", true));
        return "access/login";
    }

    /** Reached by forward from the failure handler or the session-expiry check, which set the status. */
    @RequestMapping({"/login/failed", "/login/expired"})
    String loginProblem(HttpServletRequest request, Model model) {
        model.addAttribute("error", request.getAttribute(ERROR_ATTRIBUTE));
        model.addAttribute("username", request.getAttribute(USERNAME_ATTRIBUTE));
        return "access/login";
    }

    @GetMapping("/login/code")
    String codeForm(@AuthenticationPrincipal StaffPrincipal me) {
        return me.mfaEnrolled() ? "access/code" : "redirect:/login/enrol";
    }

    @PostMapping("/login/code")
    String code(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        java.util.Optional<java.time.Instant> blocked = throttle.codeBlockedUntil(me.getUsername());
        if (blocked.isPresent()) {
            audit.recordFor(me.getUsername(), me.actorId(), AuditAction.LOGIN_FAILED, "staff-user",
                    List.of(me.id().toString()), "second-factor step delayed");
            return codeDelayed(request, response, model, blocked.get());
        }
        String entered = code.trim();
        if (entered.isEmpty()) {
            return codeError(response, model, "Enter the 6-digit code from your authenticator app");
        }
        boolean recovery = !entered.replaceAll("[\\s-]", "").matches("\\d{6}");
        boolean ok = recovery ? secondFactor.useRecoveryCode(me.id(), entered) : secondFactor.verify(me.id(), entered);
        if (!ok) {
            // counted per account, apart from passwords, and never reset by a right password
            java.util.Optional<java.time.Instant> nowBlocked = throttle.recordCodeFailure(me.getUsername());
            audit.recordFor(me.getUsername(), me.actorId(),
                    nowBlocked.isPresent() ? AuditAction.ACCOUNT_LOCKED : AuditAction.LOGIN_FAILED, "staff-user",
                    List.of(me.id().toString()), "wrong second-factor code");
            if (nowBlocked.isPresent()) {
                return codeDelayed(request, response, model, nowBlocked.get());
            }
            return codeError(response, model, recovery
                    ? "That recovery code is not right or has been used. Check it and try again."
                    : "The code is not right or has expired. Enter the code your app shows now.");
        }
        throttle.codeAccepted(me.getUsername());
        if (recovery) {
            audit.record(AuditAction.RECOVERY_CODE_USED, "staff-user", me.id());
        }
        String first = firstFactor(request);
        signIn.upgrade(request, response, me, first + (recovery ? " and recovery code" : " and TOTP"));
        return "redirect:" + signIn.landingPage(request, response);
    }

    /** Too many wrong codes: the half-signed-in session ends, and the sign-in page says how long to wait. */
    private static String codeDelayed(HttpServletRequest request, HttpServletResponse response, Model model,
            java.time.Instant until) {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        long seconds = new SignInDelayedException(until).retryAfterSeconds();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        model.addAttribute("error", SignInDelayedException.message(seconds));
        return "access/login";
    }

    private static String firstFactor(HttpServletRequest request) {
        Object first = request.getSession().getAttribute(FIRST_FACTOR);
        request.getSession().removeAttribute(FIRST_FACTOR);
        return first instanceof String s ? s : "password";
    }

    private static String codeError(HttpServletResponse response, Model model, String message) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("error", message);
        return "access/code";
    }

    @GetMapping("/login/enrol")
    String enrolForm(@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model) {
        if (me.mfaEnrolled()) {
            return "redirect:/login/code";
        }
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null) {
            secret = secondFactor.newSecret();
            session.setAttribute(ENROL_SECRET, secret);
        }
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
        model.addAttribute("qr", secondFactor.qrSvg(secondFactor.otpauthUri(secret, me.getUsername())));
        return "access/enrol";
    }

    @PostMapping("/login/enrol")
    String enrol(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (me.mfaEnrolled() || secret == null) {
            return "redirect:/login/enrol";
        }
        Optional<Long> step = secondFactor.matchingStep(secret, code);
        if (step.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("error", code.isBlank() ? "Enter the 6-digit code from your authenticator app"
                    : "The code is not right. Check your app shows Hearth and enter the code it shows now.");
            model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
            model.addAttribute("qr", secondFactor.qrSvg(secondFactor.otpauthUri(secret, me.getUsername())));
            return "access/enrol";
        }
        List<String> codes = secondFactor.enrol(me.id(), secret, step.get());
        audit.record(AuditAction.MFA_ENROLLED, "staff-user", me.id());
        StaffPrincipal enrolled = new StaffPrincipal(me.id(), me.getUsername(), me.displayName(), me.agency(),
                me.roles(), me.isEnabled(), me.demo(), true, null);
        String first = firstFactor(request);
        signIn.upgrade(request, response, enrolled, first + " and TOTP (enrolled)");
        request.getSession().removeAttribute(ENROL_SECRET);
        request.getSession().setAttribute(NEW_RECOVERY_CODES, codes);
        return "redirect:/login/recovery-codes";
    }

    @GetMapping("/login/recovery-codes")
    String recoveryCodes(HttpSession session, Model model) {
        Object codes = session.getAttribute(NEW_RECOVERY_CODES);
        if (codes == null) {
            return "redirect:/";
        }
        session.removeAttribute(NEW_RECOVERY_CODES);
        model.addAttribute("codes", codes);
        return "access/recovery-codes";
    }
}
