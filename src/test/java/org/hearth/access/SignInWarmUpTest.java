package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.HearthApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in warm-up ({@code access.internal.SignInWarmUp}) on a start of its own (the shared test context turns it
 * off): its requests reach the real HTTP stack while the readiness is still "refusing traffic", and it writes
 * nothing (audit entries, sign-in throttle counters and sessions are as they were when the web server started).
 */
class SignInWarmUpTest {

    /** A request the test's filter saw: what, the readiness when it arrived, and the answer's status. */
    record Seen(String request, ReadinessState readiness, int status) {
    }

    @Test
    void rendersTheSignInPageBeforeReadinessAndWritesNothing() {
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Map<String, Long>> atStart = new AtomicReference<>();
        AtomicReference<Map<String, Long>> atReady = new AtomicReference<>();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(HearthApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("warmUpRecorder", recorder(context,
                        seen)))
                // the web server is up and the runners have not run yet
                .listeners((ApplicationListener<ApplicationStartedEvent>) e -> atStart.set(rows(e
                        .getApplicationContext())))
                .listeners((ApplicationListener<AvailabilityChangeEvent<?>>) e -> {
                    if (e.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                        atReady.set(rows((ApplicationContext) e.getSource()));
                    }
                });
        try (ConfigurableApplicationContext app = builder.run("--hearth.embedded-db.data-dir=",
                "--hearth.demo.enabled=false", "--server.port=0", "--hearth.notifications.poll=0",
                // long enough for several rounds on a busy machine
                "--hearth.warm-up.enabled=true", "--hearth.warm-up.max-duration=40s")) {
            List<Seen> pages = seen.stream().filter(s -> s.request().equals("GET /login")).toList();
            assertThat(pages).as("sign-in pages rendered by the warm-up").hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(s -> assertThat(s.status()).isEqualTo(200));
            assertThat(seen).as("every warm-up request came before readiness")
                    .allSatisfy(s -> assertThat(s.readiness()).isEqualTo(ReadinessState.REFUSING_TRAFFIC));
            assertThat(seen.stream().filter(s -> s.request().equals("POST /logout")))
                    .as("each page's session ended").hasSameSizeAs(pages)
                    .allSatisfy(s -> assertThat(s.status() / 100).isEqualTo(3));
            assertThat(seen).extracting(Seen::request).containsOnly("GET /login", "POST /logout");
            assertThat(app.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(atStart.get()).isNotNull();
            assertThat(atReady.get()).as("audit entries, throttle counters and sessions").isEqualTo(atStart.get());
        }
    }

    /** Records every request to the sign-in and sign-out paths, outermost of all filters. */
    private static FilterRegistrationBean<Filter> recorder(ApplicationContext context, List<Seen> seen) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            ReadinessState readiness = context.getBean(ApplicationAvailability.class).getReadinessState();
            chain.doFilter(request, response);
            if (http.getRequestURI().startsWith("/login") || http.getRequestURI().startsWith("/logout")) {
                seen.add(new Seen(http.getMethod() + " " + http.getRequestURI(), readiness,
                        ((HttpServletResponse) response).getStatus()));
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static Map<String, Long> rows(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return Map.of("audit_event", count(jdbc, "audit_event"), "sign_in_throttle", count(jdbc, "sign_in_throttle"),
                "spring_session", count(jdbc, "spring_session"));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
