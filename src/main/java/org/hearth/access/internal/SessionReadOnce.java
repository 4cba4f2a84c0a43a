package org.hearth.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.hearth.platform.WholeRequestFilter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session store as Spring Session's filter sees it: each request reads its session from the database once.
 *
 * <p>The filter reads the requested session at the start of a request and, after saving it at the end, looks it up
 * again only to decide whether to send the cookie again (spring-session issue 1731): a second {@code SELECT} of the
 * session and its attributes on every request. Here that look-up is answered with the session this same request has
 * just saved. Nothing outlives the request ({@link Scope}, just outside the filter, forgets it as the request ends),
 * so every request still begins with the session read from the database: a session ended meanwhile (sign-out, an
 * administrator disabling the user or changing their roles, which ends their sessions, the idle and absolute
 * timeouts) is gone on the very next request, as before. Outside a request the store is used unchanged.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOnce {

    /** Spring Session's JDBC store, wherever it is injected (the filter, {@code SignedInSessions}), wrapped. */
    @Bean
    static BeanPostProcessor sessionReadOnceWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new Store(sessions(jdbc)) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked") // its sessions are its own (JdbcSession, not public): only those are given back
    private static FindByIndexNameSessionRepository<Session> sessions(JdbcIndexedSessionRepository jdbc) {
        return (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
    }

    /** Just outside Spring Session's filter, so the request's saved sessions are forgotten after its last save. */
    @Bean
    FilterRegistrationBean<Scope> sessionReadOnceScope() {
        FilterRegistrationBean<Scope> registration = new FilterRegistrationBean<>(new Scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** The sessions saved by the request this thread is serving, by id; none outside a request. */
    private static final ThreadLocal<Map<String, Session>> SAVED = new ThreadLocal<>();

    /** On every dispatch of a request: its error page and async dispatches save its session too. */
    static final class Scope extends WholeRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean outermost = SAVED.get() == null;
            if (outermost) {
                SAVED.set(new HashMap<>());
            }
            try {
                chain.doFilter(request, response);
            } finally {
                if (outermost) {
                    SAVED.remove();
                }
            }
        }
    }

    /** The JDBC store, answering a look-up of a session the current request has saved without reading it again. */
    static final class Store implements FindByIndexNameSessionRepository<Session> {

        private final FindByIndexNameSessionRepository<Session> jdbc;

        Store(FindByIndexNameSessionRepository<Session> jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Session createSession() {
            return jdbc.createSession();
        }

        @Override
        public void save(Session session) {
            jdbc.save(session);
            Map<String, Session> saved = SAVED.get();
            if (saved != null) {
                saved.put(session.getId(), session);
            }
        }

        @Override
        public Session findById(String id) {
            Map<String, Session> saved = SAVED.get();
            Session session = saved == null ? null : saved.get(id);
            // its id may have changed since it was saved (a sign-in step): then read as ever
            if (session != null && session.getId().equals(id) && !session.isExpired()) {
                return session;
            }
            return jdbc.findById(id);
        }

        @Override
        public void deleteById(String id) {
            Map<String, Session> saved = SAVED.get();
            if (saved != null) {
                saved.remove(id);
            }
            jdbc.deleteById(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return jdbc.findByIndexNameAndIndexValue(indexName, indexValue);
        }
    }
}
