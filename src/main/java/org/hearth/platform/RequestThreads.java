package org.hearth.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Marks the thread serving a request, from before the session is read to after it is saved, so that
 * {@link ConnectionPools} gives it the request pool's connections. Just inside {@code DatabaseUnavailableFilter}
 * (which answers 503 when even the request pool has no connection to give), outside Spring Session's filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestThreads extends WholeRequestFilter {

    private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

    static boolean serving() {
        return Boolean.TRUE.equals(SERVING.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Boolean before = SERVING.get();
        SERVING.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            if (before == null) {
                SERVING.remove();
                ConnectionPools.requestEnded();
            } else {
                SERVING.set(before);
            }
        }
    }
}
