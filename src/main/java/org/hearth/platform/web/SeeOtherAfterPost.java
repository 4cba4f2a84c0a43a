package org.hearth.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Post/redirect/get in one place: a redirect answering a form POST (or any request but GET and HEAD) is 303 See Other,
 * never 302, so the browser fetches the next page with a GET and a reload never sends the form again. It covers every
 * redirect made with {@code sendRedirect}: a controller's {@code redirect:} view and Spring Security's (sign-in,
 * sign-out). Redirects answering a GET keep their status (302). Placed just inside the database filter, outside the
 * session store and security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SeeOtherAfterPost extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        chain.doFilter(request, read ? response : new SeeOther(response));
    }

    /** A response whose temporary redirects (302) are sent as 303; other statuses (301, 307...) are left as asked. */
    static final class SeeOther extends HttpServletResponseWrapper {

        SeeOther(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sendRedirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            sendRedirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            sendRedirect(location, sc, true);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(location, sc == SC_FOUND ? SC_SEE_OTHER : sc, clearBuffer);
        }
    }
}
