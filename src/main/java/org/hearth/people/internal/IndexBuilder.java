package org.hearth.people.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.PersonIndex;
import org.hearth.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The background threads of the person index ({@link LiveIndex}): the first batch run once the application is
 * ready, a poll every {@code hearth.matching.poll} (3 s), and a retrain (a new batch run on its own thread, polls
 * going on meanwhile) once the records added since the last one pass {@link #RETRAIN_MIN} and 1/{@link #RETRAIN_SHARE}
 * of the index. A batch run the heap cannot hold ({@link HeapBudget}) is refused before it starts, with a warning:
 * the first matcher answers until a first index is built, and an index too large to retrain goes on growing by
 * segments. Logs counts and timings only.
 */
@Component
class IndexBuilder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);
    /**
     * Retrain (a new batch run) once more than this many records were added since the last one (the model is
     * trained with {@link MatchEngine#REFERENCE_RECORDS} synthetic records besides the stored ones, so
     * retraining for fewer new records changes little)...
     */
    static final int RETRAIN_MIN = MatchEngine.REFERENCE_RECORDS;
    /** ...and more than this share (1/n) of the index. */
    static final int RETRAIN_SHARE = 2;
    /**
     * Records the model is trained on at most by default ({@code hearth.matching.training-sample}): a batch run of
     * about 1 GB, whatever the register's size; registers up to this size are trained on whole.
     */
    static final int DEFAULT_TRAINING_SAMPLE = 250_000;

    private final PersonIndexStore store;
    private final LiveIndex live;
    private final HeapBudget heap;
    private final long pollMillis;
    /** The model is trained on at most this many records, chosen at random; every record is indexed. */
    private final int trainingSample;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("person-index-poll"));
    private final ExecutorService builder = Executors.newSingleThreadExecutor(DaemonThreads.named("person-index-build"));
    private volatile boolean rebuilding;
    private boolean toldHeapTooSmall;

    @Autowired
    IndexBuilder(PersonIndexStore store, LiveIndex live, @Value("${hearth.matching.poll:3s}") Duration poll,
            @Value("${hearth.matching.training-sample:" + DEFAULT_TRAINING_SAMPLE + "}") int trainingSample) {
        this(store, live, HeapBudget.ofThisJvm(), poll, trainingSample);
    }

    IndexBuilder(PersonIndexStore store, LiveIndex live, HeapBudget heap, Duration poll) {
        this(store, live, heap, poll, DEFAULT_TRAINING_SAMPLE);
    }

    IndexBuilder(PersonIndexStore store, LiveIndex live, HeapBudget heap, Duration poll, int trainingSample) {
        if (trainingSample < 1) {
            throw new IllegalArgumentException("hearth.matching.training-sample must be at least 1");
        }
        this.store = store;
        this.live = live;
        this.heap = heap;
        this.pollMillis = poll.toMillis();
        this.trainingSample = trainingSample;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        rebuilding = true;
        builder.execute(this::buildQuietly);
        poller.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        builder.shutdownNow();
    }

    /** Polls now, in this thread (see {@link LiveIndex#poll}), and retrains if that made it due. */
    void poll() {
        retrainIfDue(live.poll());
    }

    /**
     * Called with the index after records were added to it: schedules a retrain once it is due and the heap
     * has room for it (a warning, once, when it has not).
     */
    synchronized void retrainIfDue(PersonIndex current) {
        if (current == null || rebuilding || current.added() <= Math.max(RETRAIN_MIN, current.size() / RETRAIN_SHARE)) {
            return;
        }
        if (heap.retrainFits(current.size(), trainingSample)) {
            rebuilding = true;
            builder.execute(this::buildQuietly);
        } else if (!toldHeapTooSmall) {
            toldHeapTooSmall = true;
            log.warn("Person index not retrained: a second index of {} records needs about {} MB, more than half "
                    + "the heap ({} MB); new persons are still indexed", current.size(),
                    HeapBudget.indexNeeds(current.size(), trainingSample) >> 20, heap.maxMegabytes());
        }
    }

    private void buildQuietly() {
        try {
            build();
        } catch (RuntimeException e) {
            log.warn("Person index not built; {}: {}", live.current() == null ? "the first matcher answers meanwhile"
                    : "the current one answers", e.getClass().getSimpleName());
        } finally {
            rebuilding = false;
        }
    }

    /**
     * A new batch run over every person; replaces the index when done, carrying over what was indexed since.
     * Returns false when the heap cannot hold the first one (a retrain is checked before it is scheduled).
     */
    boolean build() {
        long started = System.nanoTime();
        if (live.current() == null) {
            // counted only up to one more than fits: the answer to "does it fit?" is exact, the register not read
            // whole when it does not; and not counted at all when PostgreSQL's estimate is over twice what fits (an
            // estimate that far out would be a table more than half erased since its last analysis, and a refusal is
            // safe: the first matcher answers)
            long fits = heap.firstIndexLimit(trainingSample);
            long estimate = store.estimatedRows();
            if (fits >= 0 && estimate > 2 * fits) {
                log.warn("Person index not built: about {} persons (PostgreSQL's estimate), more than twice the {} an "
                        + "index (trained on at most {} records) can hold in three quarters of the heap ({} MB); the "
                        + "first matcher answers", estimate, fits, trainingSample, heap.maxMegabytes());
                return false;
            }
            long persons = store.countCurrentUpTo(fits + 1);
            if (persons > fits) {
                log.warn("Person index not built: an index of more than {} persons (trained on at most {} records) "
                        + "needs more than three quarters of the heap ({} MB); the first matcher answers",
                        Math.max(0, fits), trainingSample, heap.maxMegabytes());
                return false;
            }
        }
        OffsetDateTime at = store.now();
        List<IndexRow> rows = store.current();
        long read = System.nanoTime();
        List<MatchRecord> all = new ArrayList<>(rows.size() * 11 / 10);
        Map<UUID, OffsetDateTime> newStamps = new HashMap<>(rows.size() * 4 / 3 + 16);
        Map<UUID, List<MatchRecord>> newRecords = new HashMap<>(rows.size() * 4 / 3 + 16);
        for (IndexRow r : rows) {
            List<MatchRecord> rs = IndexRecords.of(r);
            all.addAll(rs);
            newStamps.put(r.id(), r.stamp());
            newRecords.put(r.id(), rs);
        }
        rows = null;
        PersonIndex built = MatchEngine.withDefaults().index(all, trainingSample);
        int carried = live.install(built, at, newStamps, newRecords);
        log.info("Person index built: {} persons, {} records (trained on at most {}) in {} ms (read {} ms), {} records "
                + "carried over; "
                + "block limit {}, {} oversized blocks left out ({} pairs); heap used {} MB",
                newStamps.size(), all.size(), trainingSample, (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000,
                carried, built.blockLimit(), built.skippedBlocks(), built.skippedPairs(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        poll();
        return true;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Person index poll failed: {}", e.getClass().getSimpleName());
        }
    }
}
