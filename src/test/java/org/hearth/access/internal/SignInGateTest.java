package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in form's password check waits its turn at {@link PasswordCheckGate}. */
@HearthIntegrationTest
class SignInGateTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PasswordCheckGate gate;

    @Test
    void aSignInWaitsWhileEveryTurnIsTaken() throws Exception {
        Fixtures.TestUser user = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        int held = gate.turns().drainPermits();
        CompletableFuture<Integer> signIn;
        try {
            assertThat(held).as("turns were free").isPositive();
            signIn = CompletableFuture.supplyAsync(() -> new WebSession(port).signIn(user).status());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!gate.turns().hasQueuedThreads() && !signIn.isDone() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(gate.turns().getQueueLength()).as("the sign-in waits for a turn").isEqualTo(1);
            assertThat(signIn).isNotDone();
        } finally {
            gate.turns().release(held);
        }
        assertThat(signIn.get(30, TimeUnit.SECONDS)).as("and then goes on").isEqualTo(200);
    }
}
