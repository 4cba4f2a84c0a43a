package org.hearth.people.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.people.matching.MatchCandidate;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.PersonIndex;
import org.hearth.platform.DaemonThreads;
import org.hearth.platform.SingleInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Batch mode: deduplicates the whole register with the matching engine, in the background, on demand (a hub
 * coordinator), once at start if the register has never been searched, and every
 * {@code hearth.matching.duplicates.every} (default a day; {@code 0} turns it off). Every
 * current record (and one a previous name or alias) goes into one engine index trained on them; each record is then
 * probed against it, and every pair of two different records at or above
 * {@code hearth.matching.duplicates.min-probability} (default the engine's threshold, 0.5) is kept with its
 * explanation. The pairs are clustered into persons (connected groups). Re-running refreshes probabilities and
 * explanations but keeps every decision, so a "not the same person" is never offered again. Logs counts only.
 */
@Component
class DuplicateFinder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SingleInstance single;
    private final PersonIndexStore store;
    private final HeapBudget heap;
    private final double minProbability;
    private final Duration every;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("person-duplicates"));

    @Autowired
    DuplicateFinder(JdbcClient jdbc, JdbcTemplate template, SingleInstance single, PersonIndexStore store,
            @Value("${hearth.matching.duplicates.min-probability:0.5}") double minProbability,
            @Value("${hearth.matching.duplicates.every:24h}") Duration every) {
        this(jdbc, template, single, store, minProbability, every, HeapBudget.ofThisJvm());
    }

    DuplicateFinder(JdbcClient jdbc, JdbcTemplate template, SingleInstance single, PersonIndexStore store,
            double minProbability, Duration every, HeapBudget heap) {
        this.jdbc = jdbc;
        this.store = store;
        this.heap = heap;
        this.template = template;
        this.single = single;
        this.minProbability = minProbability;
        this.every = every;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        // the register has never been searched (a first start, e.g. the demo): search it now, in the background
        if (jdbc.sql("SELECT count(*) FROM person_duplicate_run").query(Long.class).single() == 0) {
            start(null);
        }
        if (!every.isZero() && !every.isNegative()) {
            worker.scheduleWithFixedDelay(() -> start(null), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Starts a run in the background unless one is running here (or on another instance: then it is skipped). */
    boolean start(UUID requestedBy) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        worker.execute(() -> {
            try {
                // one instance at a time where several serve one database: a second would only repeat the work
                single.runExclusively("person-duplicates", () -> run(requestedBy));
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    boolean running() {
        return running.get();
    }

    /** One pair found: the best probability over both records' names, and its explanation. */
    record Found(UUID a, UUID b, double probability, List<String> reasons) {
    }

    /** Runs now, in this thread; returns the pairs stored. */
    int run(UUID requestedBy) {
        long id = jdbc.sql("INSERT INTO person_duplicate_run (requested_by, status) VALUES (?, 'RUNNING') RETURNING id")
                .param(requestedBy).query(Long.class).single();
        long started = System.nanoTime();
        try {
            List<MatchRecord> records = records();
            // its own batch run and index, beside the person index: not when the heap cannot hold them both
            if (!heap.besideTheIndexFits(records.size())) {
                refused(id, records);
                return 0;
            }
            List<Found> found = find(records);
            Map<UUID, UUID> cluster = clusters(found);
            List<Object[]> args = new ArrayList<>(found.size());
            for (Found f : found) {
                args.add(new Object[] {f.a(), f.b(), Math.round(f.probability() * 10_000) / 10_000.0,
                        textArray(f.reasons()), cluster.get(f.a())});
            }
            template.batchUpdate("""
                    INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, cluster_id)
                    VALUES (?, ?, ?, string_to_array(?, chr(31)), 'BATCH', ?)
                    ON CONFLICT (person_a, person_b) DO UPDATE SET probability = EXCLUDED.probability,
                        reasons = EXCLUDED.reasons, cluster_id = EXCLUDED.cluster_id, refreshed_at = now()""", args);
            long persons = persons(records);
            jdbc.sql("UPDATE person_duplicate_run SET status = 'DONE', finished_at = now(), persons = ?, pairs = ? WHERE id = ?")
                    .params((int) persons, found.size(), id).update();
            log.info("Duplicate run {}: {} persons, {} pairs in {} ms", id, persons, found.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return found.size();
        } catch (RuntimeException e) {
            jdbc.sql("UPDATE person_duplicate_run SET status = 'FAILED', finished_at = now() WHERE id = ?").param(id)
                    .update();
            log.warn("Duplicate run {} failed: {}", id, e.getClass().getSimpleName());
            return 0;
        }
    }

    private static long persons(List<MatchRecord> records) {
        return records.stream().filter(r -> !IndexRecords.isAlias(r.id())).count();
    }

    /** Every current person's records (one its current name, one an alias), in id order. */
    private List<MatchRecord> records() {
        List<MatchRecord> out = new ArrayList<>();
        for (IndexRow row : store.current()) {
            out.addAll(IndexRecords.of(row));
        }
        return out;
    }

    private List<Found> find(List<MatchRecord> records) {
        if (records.size() < 2) {
            return List.of();
        }
        PersonIndex index = MatchEngine.withDefaults().index(records);
        Map<String, Found> best = new HashMap<>();
        for (MatchRecord r : records) {
            if (IndexRecords.isAlias(r.id())) {
                continue;
            }
            String self = r.id();
            for (MatchCandidate c : index.batchCandidates(r, 10)) {
                if (c.probability() < minProbability) {
                    break;
                }
                String other = IndexRecords.person(c.record().id()).toString();
                if (other.equals(self)) {
                    continue;
                }
                boolean selfFirst = self.compareTo(other) < 0;
                String key = selfFirst ? self + other : other + self;
                Found previous = best.get(key);
                if (previous == null || previous.probability() < c.probability()) {
                    UUID a = UUID.fromString(selfFirst ? self : other);
                    UUID b = UUID.fromString(selfFirst ? other : self);
                    best.put(key, new Found(a, b, c.probability(),
                            MatchExplanation.of(c.evidence(), IndexRecords.isAlias(c.record().id()))));
                }
            }
        }
        List<Found> out = new ArrayList<>(best.values());
        out.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        return out;
    }

    /**
     * A run the heap cannot hold, refused before it starts: marked failed with the persons it would have searched and
     * no pairs, which the list's page tells apart from a run that failed on the way ({@code DuplicateRun.refused}).
     */
    private void refused(long id, List<MatchRecord> records) {
        long persons = persons(records);
        jdbc.sql("UPDATE person_duplicate_run SET status = 'FAILED', finished_at = now(), persons = ? WHERE id = ?")
                .params((int) persons, id).update();
        log.warn("Duplicate run {} not made: {} records need about {} MB, more than half the heap ({} MB)", id,
                records.size(), HeapBudget.needs(records.size()) >> 20, heap.maxMegabytes());
    }

    /** Connected groups of the pairs: each record's group is named by its lowest id. */
    static Map<UUID, UUID> clusters(List<Found> pairs) {
        Map<UUID, UUID> parent = new HashMap<>();
        for (Found f : pairs) {
            UUID ra = root(parent, f.a());
            UUID rb = root(parent, f.b());
            if (!ra.equals(rb)) {
                if (ra.toString().compareTo(rb.toString()) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
        Map<UUID, UUID> out = new HashMap<>();
        for (UUID id : parent.keySet()) {
            out.put(id, root(parent, id));
        }
        for (Found f : pairs) {
            out.putIfAbsent(f.a(), root(parent, f.a()));
        }
        return out;
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        UUID at = id;
        parent.putIfAbsent(at, at);
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    /** A text array as one parameter: values joined by the unit separator, split with {@code string_to_array}. */
    static String textArray(List<String> values) {
        return String.join("\u001f", values.stream().map(v -> v.replace('\u001f', ' ')).toList());
    }
}
