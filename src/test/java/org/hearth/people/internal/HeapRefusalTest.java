package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.support.Eventually.waitFor;

import java.time.Duration;
import org.hearth.people.PersonMerges;
import org.hearth.platform.SingleInstance;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch run of the matching engine that the heap cannot hold is refused before it starts, and says so: never
 * started and left to run out of memory (an {@code OutOfMemoryError} leaves the JVM in an unknown state).
 */
@HearthIntegrationTest
class HeapRefusalTest {

    /** A heap far too small for any register (the reference population alone needs 40 MB). */
    private static final HeapBudget TINY = new HeapBudget(1 << 20);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    SingleInstance single;
    @Autowired
    PersonIndexStore store;
    @Autowired
    DuplicateFinder finder;
    @Autowired
    PersonMerges merges;
    @Autowired
    Fixtures fixtures;

    @Test
    void aSearchOfTheWholeRegisterTheHeapCannotHoldIsRefusedAndThePageCanSayWhy() {
        waitFor(() -> !finder.running(), Duration.ofSeconds(120));
        // refused whatever other tests left in this JVM's database: a budget too small for this register's size
        // (TINY's half is 128 records), with at least one person to search
        fixtures.knownPerson();
        long persons = jdbc.sql("SELECT count(*) FROM person WHERE merged_into IS NULL").query(Long.class).single();
        HeapBudget tooSmall = new HeapBudget(Math.min(TINY.maxBytes(), HeapBudget.needs(persons)));
        DuplicateFinder small = new DuplicateFinder(jdbc, template, single, store, 0.5, Duration.ZERO, tooSmall);

        assertThat(small.run(null)).isZero();

        PersonMerges.DuplicateRun run = merges.lastRun().orElseThrow();
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.persons()).isEqualTo((int) persons);
        assertThat(run.pairs()).isNull();
        assertThat(run.refused()).isTrue();
    }

    @Test
    void aFirstPersonIndexTheHeapCannotHoldIsNotBuiltAndTheFirstMatcherGoesOnAnswering() {
        LiveIndex live = new LiveIndex(store);
        IndexBuilder builder = new IndexBuilder(store, live, TINY, Duration.ofSeconds(3));
        try {
            assertThat(builder.build()).isFalse();
            assertThat(live.current()).isNull();
        } finally {
            builder.destroy();
        }
    }

    @Test
    void theStartCountsThePersonsOnlyUpToOneMoreThanFitAndDecidesExactly() {
        fixtures.knownPerson();
        long persons = jdbc.sql("SELECT count(*) FROM person WHERE merged_into IS NULL").query(Long.class).single();
        assertThat(store.countCurrentUpTo(persons + 5)).isEqualTo(persons);
        assertThat(store.countCurrentUpTo(persons - 1)).isEqualTo(persons - 1);
        assertThat(store.countCurrentUpTo(0)).isZero();
        assertThat(store.countCurrentUpTo(-1)).isZero();
        assertThat(store.estimatedRows()).as("the planner's estimate, or -1 before any").isGreaterThanOrEqualTo(-1);

        // the smallest heap whose first index holds this register, and one a megabyte smaller: the first builds, the
        // second refuses, though it counted no further than one past its own limit
        int sample = 1_000;
        long mb = 1 << 20;
        long lo = 1;
        long hi = 64 * 1024;
        while (hi - lo > 1) {
            long mid = (lo + hi) / 2;
            if (new HeapBudget(mid * mb).firstIndexFits(persons, sample)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        HeapBudget justEnough = new HeapBudget(hi * mb);
        HeapBudget justShort = new HeapBudget(lo * mb);
        CountingStore counting = new CountingStore(jdbc, -1);
        IndexBuilder refusing = new IndexBuilder(counting, new LiveIndex(counting), justShort, Duration.ofSeconds(3),
                sample);
        LiveIndex live = new LiveIndex(counting);
        IndexBuilder building = new IndexBuilder(counting, live, justEnough, Duration.ofSeconds(3), sample);
        try {
            assertThat(refusing.build()).as("one person too many").isFalse();
            assertThat(counting.countedUpTo).isEqualTo(justShort.firstIndexLimit(sample) + 1).isLessThanOrEqualTo(persons);
            assertThat(building.build()).as("exactly fits").isTrue();
            assertThat(live.current()).isNotNull();
        } finally {
            refusing.destroy();
            building.destroy();
        }

        // PostgreSQL's estimate over twice what fits: refused without a count; at twice, counted and decided by it
        CountingStore large = new CountingStore(jdbc, 2 * justEnough.firstIndexLimit(sample) + 1);
        IndexBuilder estimated = new IndexBuilder(large, new LiveIndex(large), justEnough, Duration.ofSeconds(3), sample);
        CountingStore near = new CountingStore(jdbc, 2 * justEnough.firstIndexLimit(sample));
        IndexBuilder counted = new IndexBuilder(near, new LiveIndex(near), justEnough, Duration.ofSeconds(3), sample);
        try {
            assertThat(estimated.build()).isFalse();
            assertThat(large.countedUpTo).as("not counted").isNull();
            assertThat(counted.build()).as("the count decides: it fits").isTrue();
            assertThat(near.countedUpTo).isNotNull();
        } finally {
            estimated.destroy();
            counted.destroy();
        }
    }

    /** The store, with the planner's estimate given and the count's limit noted. */
    static final class CountingStore extends PersonIndexStore {
        private final long estimate;
        Long countedUpTo;

        CountingStore(JdbcClient jdbc, long estimate) {
            super(jdbc);
            this.estimate = estimate;
        }

        @Override
        long estimatedRows() {
            return estimate;
        }

        @Override
        long countCurrentUpTo(long limit) {
            countedUpTo = limit;
            return super.countCurrentUpTo(limit);
        }
    }

    @Test
    void aRunThatFailedOnTheWayIsNotTakenForARefusal() {
        assertThat(new PersonMerges.DuplicateRun(1, null, null, "FAILED", null, null).refused()).isFalse();
        assertThat(new PersonMerges.DuplicateRun(1, null, null, "DONE", 10, 0).refused()).isFalse();
        assertThat(new PersonMerges.DuplicateRun(1, null, null, "FAILED", 10, null).refused()).isTrue();
    }
}
