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
    void aRunThatFailedOnTheWayIsNotTakenForARefusal() {
        assertThat(new PersonMerges.DuplicateRun(1, null, null, "FAILED", null, null).refused()).isFalse();
        assertThat(new PersonMerges.DuplicateRun(1, null, null, "DONE", 10, 0).refused()).isFalse();
        assertThat(new PersonMerges.DuplicateRun(1, null, null, "FAILED", 10, null).refused()).isTrue();
    }
}
