package org.hearth.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a signed-in session a fixed time after sign-in, however active it has been. */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration limit;
    private final SessionExpiredResponder expired;

    AbsoluteSessionTimeoutFilter(Duration limit, SessionExpiredResponder expired) {
        this.limit = limit;
        this.expired = expired;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignIn.SIGNED_IN_AT) instanceof Long at
                && System.currentTimeMillis() - at > limit.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            expired.respond(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
