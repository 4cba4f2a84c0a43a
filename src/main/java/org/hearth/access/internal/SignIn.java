package org.hearth.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/** Turns a verified user into a signed-in session: authorities, fresh session id, audit, sign-in time. */
@Component
class SignIn {

    /** Session attribute: when the user finished signing in (epoch millis), for the absolute timeout. */
    static final String SIGNED_IN_AT = "hearth.signedInAt";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();
    private final AuditTrail audit;
    private final JdbcStaffUsers users;

    SignIn(AuditTrail audit, JdbcStaffUsers users) {
        this.audit = audit;
        this.users = users;
    }

    Authentication fullAuthentication(StaffPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.signedInAuthorities());
    }

    /** Records a completed sign-in for the session's current (full) authentication. */
    void completed(HttpServletRequest request, StaffPrincipal principal, String how) {
        request.getSession().setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
        users.recordSignIn(principal.id());
        audit.record(AuditAction.LOGIN, "staff-user", List.of(principal.id().toString()), how);
    }

    /** After the second factor: replaces the pending authentication with the full one under a new session id. */
    void upgrade(HttpServletRequest request, HttpServletResponse response, StaffPrincipal principal, String how) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(fullAuthentication(principal));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        completed(request, principal, how);
    }

    /** Where to go once signed in: the page first asked for, or home. */
    String landingPage(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
