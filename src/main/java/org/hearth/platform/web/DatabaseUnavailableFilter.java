package org.hearth.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.hearth.platform.ConnectionPools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: when the database cannot be reached (stopped, restarting, refusing the application), a
 * request that fails anywhere (the session store, security, a page) gets a 503 with {@code Retry-After} instead of
 * an error: a "try again" page for people, a problem detail for {@code /api}. Neither needs the database, so they
 * show while it is away; once it is back, the pool reconnects and the next request works, with no restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final String PROBLEM = """
            {"type":"about:blank","title":"Service Unavailable","status":503,\
            "detail":"Hearth cannot reach its database just now. Nothing was saved; try again in a minute."}""";

    private final byte[] page;
    private final ObjectProvider<DataSource> dataSource;

    DatabaseUnavailableFilter(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
        try (InputStream in = getClass().getResourceAsStream("/platform/unavailable.html")) {
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            if (DatabaseUnavailable.connectionsLost(e)) {
                replaceConnections();
            }
            // one short line: the method, the path (ids at most; never the query string, which may hold a name
            // typed in a search) and the kind of failure, never a stack trace
            if (response.isCommitted()) {
                // the answer had begun (Spring Session reads the session after a page is written): it cannot become
                // the 503 page, and thrown on it would reach the container, which logs an ERROR with a stack trace
                log.warn("Database unavailable: {} {} failed after its answer began ({})", request.getMethod(),
                        request.getRequestURI(), rootClass(e));
                return;
            }
            log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootClass(e));
            unavailable(request, response);
        }
    }

    /**
     * The pool's other connections went with the database too: replace them all as they come back, so the first
     * request after the database returns works rather than meeting a dead connection of its own.
     */
    private void replaceConnections() {
        if (dataSource.getIfAvailable() instanceof ConnectionPools pools) {
            pools.softEvictConnections();
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        // reset() dropped the security headers the filters would have written on commit: the page sets its own
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getOutputStream().write(page);
        }
    }

    private static String rootClass(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
