package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Background jobs run on one instance at a time: while one holds a job (here another thread, standing for a second
 * instance on its own connection), a round of the same job elsewhere is skipped, and runs once it is released.
 */
@HearthIntegrationTest
class SingleInstanceTest {

    @Autowired
    SingleInstance single;
    @Autowired
    DataSource dataSource;

    /** Holds {@code job} in another thread until {@code release} is counted down; returns once it holds it. */
    private Thread holding(String job, CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Thread other = new Thread(() -> single.runExclusively(job, () -> {
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        return other;
    }

    @Test
    void aJobHeldElsewhereIsSkippedAndRunsOnceReleased() throws InterruptedException {
        String job = "test-job-" + System.nanoTime();
        CountDownLatch release = new CountDownLatch(1);
        Thread other = holding(job, release);
        AtomicInteger ran = new AtomicInteger();

        assertThat(single.runExclusively(job, ran::incrementAndGet)).isFalse();
        assertThat(ran).hasValue(0);
        // another job is not held
        assertThat(single.runExclusively(job + "-other", ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(1);

        release.countDown();
        other.join(30_000);
        assertThat(single.runExclusively(job, ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(2);
    }

    @Test
    void aFailedJobReleasesItsLock() {
        String job = "failing-job-" + System.nanoTime();
        try {
            single.runExclusively(job, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }
        AtomicInteger ran = new AtomicInteger();
        assertThat(single.runExclusively(job, ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(1);
    }

    @Test
    void eventsAreRedeliveredByOneInstanceAtATime() throws InterruptedException {
        AtomicInteger resubmitted = new AtomicInteger();
        IncompleteEventPublications counting = new IncompleteEventPublications() {
            @Override
            public void resubmitIncompletePublications(java.util.function.Predicate<org.springframework.modulith.events.EventPublication> filter) {
                resubmitted.incrementAndGet();
            }

            @Override
            public void resubmitIncompletePublicationsOlderThan(java.time.Duration duration) {
                resubmitted.incrementAndGet();
            }

            @Override
            public void resubmitIncompletePublications(ResubmissionOptions options) {
                resubmitted.incrementAndGet();
            }
        };
        EventRedelivery redelivery = new EventRedelivery(counting, new SingleInstance(dataSource));
        CountDownLatch release = new CountDownLatch(1);
        Thread other = holding("event-redelivery", release);
        redelivery.redeliver();
        assertThat(resubmitted).as("another instance is redelivering").hasValue(0);
        release.countDown();
        other.join(30_000);
        redelivery.redeliver();
        assertThat(resubmitted).hasValue(1);
    }
}
