package org.hearth.access.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Warms the sign-in up before staff reach it: on a just-started JVM the first sign-in page renders (templates not
 * yet cached, code not yet compiled) and the first password checks (BCrypt interpreted) take many times longer than
 * once warm. An {@link ApplicationRunner}, so it runs after the web server has started and before Spring Boot
 * publishes {@code ReadinessState.ACCEPTING_TRAFFIC}: the readiness probe ({@code /actuator/health/readiness}) says
 * "out of service" until it has finished.
 *
 * <p>Alternates one sign-in page ({@link SignInPageWarmUp}) and one password check ({@link PasswordCheckWarmUp}),
 * {@value #ROUNDS} rounds at most, and stops at {@code hearth.warm-up.max-duration}. It writes nothing (no audit
 * entry, no session kept, no sign-in attempt) and never fails the start: a failure is one WARN line. Off with
 * {@code hearth.warm-up.enabled=false}; not made without a web server.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "hearth.warm-up.enabled", havingValue = "true", matchIfMissing = true)
class SignInWarmUp implements ApplicationRunner {

    static final int ROUNDS = 40;

    private static final Logger log = LoggerFactory.getLogger(SignInWarmUp.class);

    private final SignInPageWarmUp pages;
    private final PasswordCheckWarmUp passwords;
    private final Duration maxDuration;

    SignInWarmUp(SignInPageWarmUp pages, PasswordCheckWarmUp passwords,
            @Value("${hearth.warm-up.max-duration:15s}") Duration maxDuration) {
        this.pages = pages;
        this.passwords = passwords;
        this.maxDuration = maxDuration;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        long deadline = start + maxDuration.toNanos();
        Timings pageTimes = new Timings();
        Timings checkTimes = new Timings();
        boolean pagesWork = pages.available();
        try {
            for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                if (pagesWork) {
                    long t = System.nanoTime();
                    pagesWork = pages.renderOnce(Duration.ofNanos(Math.max(deadline - t, 1_000_000)));
                    if (pagesWork) {
                        pageTimes.add(System.nanoTime() - t);
                    }
                }
                long t = System.nanoTime();
                passwords.checkOnce();
                checkTimes.add(System.nanoTime() - t);
            }
        } catch (RuntimeException e) {
            log.warn("Sign-in warm-up stopped early: {}", e.toString());
        }
        log.info("Sign-in warm-up took {} ms: {} sign-in pages ({}), {} password checks ({})",
                Duration.ofNanos(System.nanoTime() - start).toMillis(), pageTimes.count(), pageTimes,
                checkTimes.count(), checkTimes);
    }

    /** The first and the last of a series of times, for the log line. */
    static final class Timings {
        private int count;
        private long first;
        private long last;

        void add(long nanos) {
            if (count == 0) {
                first = nanos;
            }
            last = nanos;
            count++;
        }

        int count() {
            return count;
        }

        @Override
        public String toString() {
            return count == 0 ? "none" : "first " + first / 1_000_000 + " ms, last " + last / 1_000_000 + " ms";
        }
    }
}
