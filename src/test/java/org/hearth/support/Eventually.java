package org.hearth.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that happens in the background (an index build, a poll), failing after a timeout. */
public final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails the test if it does not within {@code timeout}. */
    public static void waitFor(BooleanSupplier condition, Duration timeout) {
        waitFor(condition, timeout, Duration.ofMillis(100));
    }

    /** As {@link #waitFor(BooleanSupplier, Duration)}, looking again every {@code poll}. */
    public static void waitFor(BooleanSupplier condition, Duration timeout, Duration poll) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within %s", timeout).isLessThan(deadline);
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
