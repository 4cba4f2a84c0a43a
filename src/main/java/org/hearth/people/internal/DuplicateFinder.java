package org.hearth.people.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.people.matching.Candidate;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.PersonIndex;
import org.hearth.people.matching.PersonRecord;
import org.hearth.platform.SingleInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
    private static final String ALIAS = "/alias/";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SingleInstance single;
    private final double minProbability;
    private final Duration every;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "person-duplicates");
        t.setDaemon(true);
        return t;
    });

    DuplicateFinder(JdbcClient jdbc, JdbcTemplate template, SingleInstance single,
            @Value("${hearth.matching.duplicates.min-probability:0.5}") double minProbability,
            @Value("${hearth.matching.duplicates.every:24h}") Duration every) {
        this.jdbc = jdbc;
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
            List<PersonRecord> records = records();
            // its own batch run and index, beside the person index: not when the heap cannot hold them both
            long needs = (long) records.size() * EngineMatcher.RETRAIN_BYTES_PER_RECORD;
            if (needs > Runtime.getRuntime().maxMemory() / 2) {
                jdbc.sql("UPDATE person_duplicate_run SET status = 'FAILED', finished_at = now() WHERE id = ?").param(id)
                        .update();
                log.warn("Duplicate run {} not made: {} records need about {} MB, more than half the heap ({} MB)", id,
                        records.size(), needs >> 20, Runtime.getRuntime().maxMemory() >> 20);
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
            long persons = records.stream().filter(r -> !r.id().contains(ALIAS)).count();
            jdbc.sql("UPDATE person_duplicate_run SET status = 'DONE', finished_at = now(), persons = ?, pairs = ? WHERE id = ?")
                    .params((int) persons, found.size(), id).update();
            log.info("Duplicate run {}: {} persons, {} pairs in {} ms", id, persons, found.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return found.size();
        } catch (RuntimeException | OutOfMemoryError e) {
            jdbc.sql("UPDATE person_duplicate_run SET status = 'FAILED', finished_at = now() WHERE id = ?").param(id)
                    .update();
            log.warn("Duplicate run {} failed: {}", id, e.getClass().getSimpleName());
            return 0;
        }
    }

    private List<PersonRecord> records() {
        List<PersonRecord> out = new ArrayList<>();
        jdbc.sql("""
                SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.sex, a.address, a.postcode,
                       (SELECT string_agg(coalesce(al.given_name, '') || '|' || coalesce(al.family_name, ''), '||' ORDER BY al.id)
                          FROM person_alias al WHERE al.person_id = p.id) AS aliases
                FROM person p
                LEFT JOIN LATERAL (
                    SELECT concat_ws(', ', x.line1, x.line2, x.town) AS address, x.postcode
                    FROM person_address x
                    WHERE x.person_id = p.id AND x.to_date IS NULL AND NOT x.in_refuge AND NOT x.confidential
                    ORDER BY x.from_date DESC NULLS LAST, x.created_at DESC LIMIT 1) a ON true
                WHERE p.merged_into IS NULL
                ORDER BY p.id""").query((rs, n) -> {
                    String person = rs.getObject("id", UUID.class).toString();
                    LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
                    String sex = switch (rs.getString("sex")) {
                        case "FEMALE" -> "F";
                        case "MALE" -> "M";
                        default -> null;
                    };
                    String address = rs.getString("address");
                    address = address == null || address.isBlank() ? null : address;
                    String given = rs.getString("given_name");
                    String family = rs.getString("family_name");
                    String dobText = dob == null ? null : dob.toString();
                    out.add(new PersonRecord(person, given, family, dobText, sex, address, rs.getString("postcode")));
                    String aliases = rs.getString("aliases");
                    if (aliases != null) {
                        int k = 0;
                        for (String alias : aliases.split("\\|\\|")) {
                            String[] parts = alias.split("\\|", -1);
                            out.add(new PersonRecord(person + ALIAS + k++, parts[0].isBlank() ? given : parts[0],
                                    parts.length < 2 || parts[1].isBlank() ? family : parts[1], dobText, sex, address,
                                    rs.getString("postcode")));
                        }
                    }
                    return null;
                }).list();
        return out;
    }

    private List<Found> find(List<PersonRecord> records) {
        if (records.size() < 2) {
            return List.of();
        }
        PersonIndex index = MatchEngine.withDefaults().index(records);
        Map<String, Found> best = new HashMap<>();
        for (PersonRecord r : records) {
            if (r.id().contains(ALIAS)) {
                continue;
            }
            String self = r.id();
            for (Candidate c : index.candidates(r, 10)) {
                if (c.probability() < minProbability) {
                    break;
                }
                String other = person(c.record().id());
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
                            EngineMatcher.reasons(c.evidence(), c.record().id().contains(ALIAS))));
                }
            }
        }
        List<Found> out = new ArrayList<>(best.values());
        out.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        return out;
    }

    private static String person(String recordId) {
        int alias = recordId.indexOf(ALIAS);
        return alias < 0 ? recordId : recordId.substring(0, alias);
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
