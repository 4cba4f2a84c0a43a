package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@link PasswordCheckGate}: how many password checks run at once, and the busy answer past the wait. */
class PasswordCheckGateTest {

    /** An encoder whose check takes a while and counts how many run at the same moment. */
    static class SlowEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String hash) {
            calls.incrementAndGet();
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return "right".contentEquals(raw);
        }
    }

    @Test
    void noMoreChecksRunAtOnceThanAllowed() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(2, Duration.ofSeconds(30));
        SlowEncoder encoder = new SlowEncoder();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String password = i % 2 == 0 ? "right" : "wrong";
                answers.add(pool.submit(() -> gate.matches(encoder, password, "hash")));
            }
            int right = 0;
            for (Future<Boolean> answer : answers) {
                right += answer.get() ? 1 : 0;
            }
            assertThat(right).as("every check answered, and answered truly").isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(encoder.calls).hasValue(16);
        assertThat(encoder.most.get()).as("checks at the same moment").isEqualTo(2);
        assertThat(gate.turns().availablePermits()).as("every turn given back").isEqualTo(2);
    }

    @Test
    void aCheckThatWaitedTooLongIsRefusedAsBusyWithoutLookingAtThePassword() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(50));
        SlowEncoder encoder = new SlowEncoder();
        gate.turns().acquire();
        assertThatThrownBy(() -> gate.matches(encoder, "right", "hash")).isInstanceOf(SignInBusyException.class);
        assertThat(encoder.calls).as("no password checked").hasValue(0);
        gate.turns().release();
        assertThat(gate.matches(encoder, "right", "hash")).isTrue();
    }

    @Test
    void aTurnIsGivenBackWhenTheCheckFails() {
        PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(50));
        PasswordEncoder broken = new SlowEncoder() {
            @Override
            public boolean matches(CharSequence raw, String hash) {
                throw new IllegalArgumentException("not a hash");
            }
        };
        assertThatThrownBy(() -> gate.matches(broken, "x", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThat(gate.turns().availablePermits()).isEqualTo(1);
    }

    @Test
    void theDefaultIsOneCheckACore() {
        assertThat(new PasswordCheckGate(0, Duration.ofSeconds(1)).turns().availablePermits())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theSignInPageSaysBusyWithA503AndWhenToTryAgain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "someone");
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.passwordRejected().onAuthenticationFailure(request, response, new SignInBusyException());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(request.getAttribute(LoginController.ERROR_ATTRIBUTE)).isEqualTo(SignInBusyException.MESSAGE);
        assertThat(response.getForwardedUrl()).isEqualTo("/login/failed");
    }
}
