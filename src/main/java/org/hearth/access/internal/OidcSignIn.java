package org.hearth.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After an agency's identity provider has signed someone in: finds the Hearth account its configured claim names,
 * which must exist, be enabled and belong to the provider's agency (roles come from Hearth, never from the
 * provider). If the provider vouches for multi-factor authentication (a configured {@code acr} value, or a
 * configured entry in {@code amr}), the sign-in is complete; otherwise Hearth's own second factor follows, as after
 * a password. Every outcome is audited.
 */
class OidcSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcSettings settings;
    private final JdbcStaffUsers users;
    private final Partnerships partnerships;
    private final SignIn signIn;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OidcSignIn(OidcSettings settings, JdbcStaffUsers users, Partnerships partnerships, SignIn signIn,
            AuditTrail audit) {
        this.settings = settings;
        this.users = users;
        this.partnerships = partnerships;
        this.signIn = signIn;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        String providerId = token.getAuthorizedClientRegistrationId();
        OidcSettings.Provider provider = settings.providers().get(providerId);
        OidcUser user = (OidcUser) token.getPrincipal();
        Object claim = provider == null ? null : user.getClaims().get(provider.claim());
        String name = claim instanceof String s ? s.trim() : null;
        Optional<StaffPrincipal> match = provider == null || name == null || name.isEmpty() ? Optional.empty()
                : account(provider, name);
        if (match.isEmpty()) {
            audit.recordFor(name == null ? "oidc:" + providerId : name, null, AuditAction.LOGIN_FAILED, null,
                    List.of(), "identity provider " + providerId + ": no enabled Hearth account of its agency matches");
            refuse(request, response, "Your organisation signed you in, but that does not match an enabled Hearth "
                    + "account of your agency. Ask your agency's Hearth administrator.");
            return;
        }
        StaffPrincipal principal = match.get();
        principal.eraseCredentials();
        Optional<String> mfa = providerMfa(provider, user);
        if (mfa.isPresent() || (principal.demo() && !principal.mfaEnrolled())) {
            signIn.upgrade(request, response, principal, "identity provider " + providerId
                    + mfa.map(m -> " with multi-factor authentication (" + m + ")").orElse(" (demo account)"));
            response.sendRedirect(request.getContextPath() + signIn.landingPage(request, response));
            return;
        }
        // the provider did not vouch for a second factor: Hearth's own comes next, as after a password
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new MfaPendingAuthentication(principal));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(LoginController.FIRST_FACTOR, "identity provider " + providerId);
        response.sendRedirect(request.getContextPath() + (principal.mfaEnrolled() ? "/login/code" : "/login/enrol"));
    }

    /** The provider's own failures (refused consent, bad token, unknown state) end on the sign-in page. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String code = exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException e
                ? e.getError().getErrorCode() : exception.getClass().getSimpleName();
        log.info("Sign-in with an identity provider failed: {}", code);
        audit.recordFor("oidc", null, AuditAction.LOGIN_FAILED, null, List.of(),
                "identity provider sign-in failed: " + code);
        refuse(request, response, "Signing in with your organisation did not work. Try again, or sign in with "
                + "your Hearth username and password.");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException, ServletException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.setAttribute(LoginController.ERROR_ATTRIBUTE, message);
        request.getRequestDispatcher("/login/failed").forward(request, response);
    }

    /** The enabled account of the provider's agency that the claim names, if exactly one. */
    private Optional<StaffPrincipal> account(OidcSettings.Provider provider, String name) {
        Optional<Agency> agency = partnerships.agencies().stream()
                .filter(a -> a.id().toString().equals(provider.agency()) || a.name().equals(provider.agency()))
                .findFirst();
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        List<StaffPrincipal> found = provider.matchOn().equals("email") ? users.loadByEmail(name)
                : users.findByUsername(name).stream().toList();
        List<StaffPrincipal> ok = found.stream()
                .filter(StaffPrincipal::isEnabled)
                .filter(p -> p.agency().equals(agency.get().id()))
                .toList();
        return ok.size() == 1 ? Optional.of(ok.get(0)) : Optional.empty();
    }

    /** What in the ID token says the provider did multi-factor authentication, if anything. */
    static Optional<String> providerMfa(OidcSettings.Provider provider, OidcUser user) {
        Object acr = user.getClaims().get("acr");
        if (acr instanceof String a && provider.mfaAcrValues().contains(a)) {
            return Optional.of("acr " + a);
        }
        Object amr = user.getClaims().get("amr");
        if (amr instanceof Collection<?> methods) {
            for (Object m : methods) {
                if (m instanceof String s && provider.mfaAmrValues().contains(s)) {
                    return Optional.of("amr " + s);
                }
            }
        }
        return Optional.empty();
    }
}
