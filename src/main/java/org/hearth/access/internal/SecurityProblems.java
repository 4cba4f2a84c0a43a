package org.hearth.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hearth.access.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What the user sees when security stops a request: a page with a clear message for people, an RFC 9457
 * problem detail for the API, never a stack trace.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String DENIED_MESSAGE = "denied.message";
    private final LoginUrlAuthenticationEntryPoint login = relativeLogin();

    /** Redirects to "/login", never to an absolute address built from the request's (forgeable) Host header. */
    private static LoginUrlAuthenticationEntryPoint relativeLogin() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (isApi(request)) {
            write(response, 401, "Unauthorized", "Sign in or present a valid API token.");
            return;
        }
        login.commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(e instanceof CsrfException) && auth instanceof MfaPendingAuthentication pending && !isApi(request)) {
            StaffPrincipal p = pending.getPrincipal();
            response.sendRedirect(request.getContextPath() + (p.mfaEnrolled() ? "/login/code" : "/login/enrol"));
            return;
        }
        String message = e instanceof CsrfException
                ? "This form has expired or did not come from Hearth, so nothing was saved. Go back, reload the page "
                        + "and try again. If you were away for a while, you may need to sign in again."
                : "You do not have permission to see this page. If you think you should, ask your administrator.";
        if (isApi(request)) {
            write(response, 403, "Forbidden", message);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.setAttribute(DENIED_MESSAGE, message);
        request.getRequestDispatcher("/denied").forward(request, response);
    }
}
