package org.hearth.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Answers a request made with an expired session: 401 with the sign-in page and a clear message, or a
 * problem detail for the API. Never a silent redirect that loses what the user was doing.
 */
class SessionExpiredResponder implements InvalidSessionStrategy {

    static final String MESSAGE = "Your session has ended because it was inactive for too long or has reached its "
            + "time limit. Sign in again to continue.";

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        respond(request, response);
    }

    void respond(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (SecurityProblems.isApi(request)) {
            SecurityProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Session expired", MESSAGE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.setAttribute(LoginController.ERROR_ATTRIBUTE, MESSAGE);
        request.getRequestDispatcher("/login/expired").forward(request, response);
    }
}
