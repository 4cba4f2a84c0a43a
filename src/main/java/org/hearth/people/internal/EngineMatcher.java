package org.hearth.people.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hearth.people.Candidate;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.PersonIndex;
import org.hearth.people.matching.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers from the person-matching engine's online index of the {@code person} table: one record a person
 * (current name, date of birth, sex, current non-confidential address), plus one a previous name or alias.
 * Built in the background once the application is ready ({@link FirstMatcher} answers until then).
 * {@link #candidates} only reads the index in memory; it never waits for the database.
 *
 * <p>The index is kept current three ways. Each applies under this object's lock and swaps in a new
 * {@link PersonIndex} made by {@link PersonIndex#with}, which adds one small segment and costs about the
 * preparation of the records added, however large the index:
 * <ol>
 * <li><b>Writes on this instance, at once.</b> {@link PersonChanges} calls {@link #changed} for every person whose
 * name, date of birth, sex, aliases or address it writes. The person is read inside that transaction just
 * before it commits, and added to the index once it has committed, never if it rolls back. So the next
 * lookup (the next row of a police import, say) finds the person.</li>
 * <li><b>Writes anywhere, within seconds.</b> A background poll every {@code hearth.matching.poll} (3 s) reads
 * the ids and change stamps of persons changed since its last poll (looking back {@link #OVERLAP}, as
 * transactions commit after their {@code now()}), and reads in full only those whose stamp differs from the
 * one indexed.</li>
 * <li><b>Retraining.</b> Once the records added since the last batch run pass {@link #RETRAIN_MIN} and
 * 1/{@link #RETRAIN_SHARE} of the index, a new batch run is made on its own thread (polls go on meanwhile),
 * if the heap has room for it ({@link #RETRAIN_BYTES_PER_RECORD}). Persons indexed while it ran are carried
 * over into it before it replaces the index.</li>
 * </ol>
 * A change that is not a write of {@link PersonChanges} calls {@link #changed} for each person it alters, in its
 * transaction, as {@link JdbcPersonMerges} does: a person merged into another leaves the index, and comes back
 * when the merge is undone. Logs counts and timings only.
 */
@Component
@Primary
class EngineMatcher implements PersonMatcher, DisposableBean {

    /** Said of a candidate found by one of its other names (a search must not show a stranger that link). */
    static final String VIA_ALIAS = MatchExplanation.VIA_ALIAS;


    private static final Logger log = LoggerFactory.getLogger(EngineMatcher.class);
    /** Transactions commit after their {@code now()}: each poll looks back this far, skipping what it has. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final String ALIAS = "/alias/";
    /**
     * Retrain (a new batch run) once more than this many records were added since the last one (the model is
     * trained with {@link MatchEngine#REFERENCE_RECORDS} synthetic records besides the stored ones, so
     * retraining for fewer new records changes little)...
     */
    static final int RETRAIN_MIN = MatchEngine.REFERENCE_RECORDS;
    /** ...and more than this share (1/n) of the index. */
    static final int RETRAIN_SHARE = 2;
    /**
     * Heap a batch run needs a record, with some room (measured: about 2.7 KB at its peak, while the index
     * answering meanwhile keeps about 0.7 KB). A retrain that would need more than half the heap is not made:
     * the index goes on growing by segments, scored with the model it has, and a warning says so once.
     */
    static final long RETRAIN_BYTES_PER_RECORD = 4 * 1024;
    /** Persons read by id in one statement at most. */
    private static final int READ_CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final FirstMatcher first;
    private final double minProbability;
    private final long pollMillis;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "person-index-poll"));
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> daemon(r, "person-index-build"));

    private volatile PersonIndex index;
    private volatile boolean rebuilding;
    private boolean toldHeapTooSmall;
    /** When the last poll (or batch run) read the database; guarded by this. */
    private OffsetDateTime polledAt;
    /** Per person: the change stamp indexed and its records (the first is its main record). Written under this. */
    private final Map<UUID, OffsetDateTime> stamps = new ConcurrentHashMap<>();
    private final Map<UUID, List<PersonRecord>> records = new ConcurrentHashMap<>();

    EngineMatcher(JdbcClient jdbc, @Value("${hearth.matching.min-probability:0.05}") double minProbability,
            @Value("${hearth.matching.poll:3s}") Duration poll) {
        this.jdbc = jdbc;
        this.first = new FirstMatcher(jdbc);
        this.minProbability = minProbability;
        this.pollMillis = poll.toMillis();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
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

    /** Whether the engine answers (else the first matcher does). */
    boolean ready() {
        return index != null;
    }

    /** Whether the index holds this person (for tests). */
    boolean indexed(UUID person) {
        return records.containsKey(person);
    }

    /**
     * The persons created in one transaction that asked to {@link #matchUncommitted}: their records, and an index
     * made of the committed one ({@code base}) with them added, brought up to date lazily at the next lookup.
     */
    private static final class Uncommitted {
        final Map<UUID, List<PersonRecord>> records = new HashMap<>();
        final List<PersonRecord> notIndexed = new ArrayList<>();
        PersonIndex base;
        PersonIndex index;
    }

    /** The key under which a transaction's {@link Uncommitted} is bound. */
    private final Object uncommittedKey = new Object();

    @Override
    public void matchUncommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(uncommittedKey)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(uncommittedKey, new Uncommitted());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(uncommittedKey);
            }
        });
    }

    /**
     * Called by {@link PersonChanges#create} with what it wrote: in a transaction that asked to
     * {@link #matchUncommitted}, the new person is found by later lookups in it (never outside it: it reaches the
     * shared index only when it commits, through {@link #changed}).
     */
    void created(UUID person, PersonDetails d, List<String> aliases, org.hearth.people.Address address) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Uncommitted u = (Uncommitted) TransactionSynchronizationManager.getResource(uncommittedKey);
        if (u == null) {
            return;
        }
        boolean shown = address != null && !address.confidential() && !address.inRefuge();
        String line = shown ? String.join(", ", java.util.stream.Stream.of(address.line1(), address.line2(),
                address.town()).filter(x -> x != null && !x.isBlank()).toList()) : null;
        StringBuilder al = new StringBuilder();
        for (String a : aliases == null ? List.<String>of() : aliases) {
            if (a != null && !a.isBlank()) {
                // as PersonStore stores it: a given name if there are two words, and a family name
                String[] parts = a.trim().split("\\s+", 2);
                al.append(al.isEmpty() ? "" : "||").append(parts.length == 2 ? parts[0] : "").append('|')
                        .append(parts[parts.length - 1]);
            }
        }
        Row row = new Row(person, d.givenName().trim(), d.familyName().trim(), d.dateOfBirth(),
                d.sex() == null ? null : d.sex().name(), line, shown ? address.postcode() : null,
                al.isEmpty() ? null : al.toString(), null, false);
        List<PersonRecord> rs = records(row);
        u.records.put(person, rs);
        u.notIndexed.addAll(rs);
    }

    /** The index a lookup in this transaction uses: the shared one, with the transaction's new persons if asked. */
    private PersonIndex forThisTransaction(PersonIndex current) {
        if (current == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return current;
        }
        Uncommitted u = (Uncommitted) TransactionSynchronizationManager.getResource(uncommittedKey);
        if (u == null || u.records.isEmpty()) {
            return current;
        }
        if (u.base != current) {
            // the shared index moved on (a poll, a retrain): the transaction's persons again on the new one
            List<PersonRecord> all = new ArrayList<>();
            u.records.values().forEach(all::addAll);
            u.base = current;
            u.index = current.with(all, List.of());
            u.notIndexed.clear();
        } else if (!u.notIndexed.isEmpty()) {
            u.index = u.index.with(List.copyOf(u.notIndexed), List.of());
            u.notIndexed.clear();
        }
        return u.index;
    }

    private List<PersonRecord> uncommittedRecords(UUID person) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Uncommitted u = (Uncommitted) TransactionSynchronizationManager.getResource(uncommittedKey);
        return u == null ? null : u.records.get(person);
    }

    @Override
    public List<Candidate> candidates(PersonDetails d, String postcode, int max) {
        PersonIndex current = forThisTransaction(index);
        if (current == null) {
            return first.candidates(d, postcode, max);
        }
        PersonRecord probe = new PersonRecord("probe", d.givenName(), d.familyName(),
                d.dateOfBirth() == null ? null : d.dateOfBirth().toString(), sex(d.sex() == null ? null : d.sex().name()),
                null, postcode);
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        for (org.hearth.people.matching.Candidate c : current.candidates(probe, max * 3 + 5)) {
            if (c.probability() < minProbability || best.size() >= max) {
                break;
            }
            String id = c.record().id();
            int alias = id.indexOf(ALIAS);
            UUID person = UUID.fromString(alias < 0 ? id : id.substring(0, alias));
            List<PersonRecord> its = records.get(person);
            if (its == null) {
                its = uncommittedRecords(person);
            }
            if (its == null || best.containsKey(person)) {
                continue;
            }
            PersonRecord who = its.get(0);
            best.put(person, new Candidate(new PersonId(person), who.givenName() + " " + who.surname(),
                    who.dateOfBirth() == null ? "" : who.dateOfBirth(), c.probability(), reasons(c.evidence(), alias >= 0)));
        }
        return List.copyOf(best.values());
    }

    // ---- this instance's own writes

    /**
     * Called by {@link PersonChanges} (in its transaction) whenever it writes what the index holds of a person:
     * name, date of birth, sex, aliases or address. Inside a transaction the person is read just before it
     * commits (so in its final state, and before the audit trail takes its chain lock) and indexed once it
     * has committed; outside one, at once.
     */
    void changed(UUID person) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (index != null) {
                apply(rowsById(List.of(person)), true);
            }
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<UUID> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private List<Row> read = List.of();

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    if (index != null) {
                        read = rowsById(ids);
                    }
                }

                @Override
                public void afterCommit() {
                    try {
                        apply(read, true);
                    } catch (RuntimeException e) {
                        // committed all the same; the next poll brings the person in
                        log.warn("Person index not updated after a commit: {}", e.getClass().getSimpleName());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EngineMatcher.this);
                }
            });
            pending = ids;
        }
        pending.add(person);
    }

    /**
     * Called by {@link JdbcPersonErasure} in its transaction: these persons leave the index once it commits (never
     * if it rolls back). Other instances drop them at their next poll, from the tombstones.
     */
    void erased(Collection<UUID> persons) {
        List<UUID> ids = List.copyOf(persons);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget(ids);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget(ids);
            }
        });
    }

    /** Takes these persons out of the index (all their records, aliases included), and their stamps. */
    private synchronized void forget(Collection<UUID> persons) {
        PersonIndex current = index;
        Set<String> removed = new HashSet<>();
        for (UUID id : persons) {
            List<PersonRecord> before = records.remove(id);
            stamps.remove(id);
            if (before != null) {
                before.forEach(x -> removed.add(x.id()));
            }
        }
        if (current != null && !removed.isEmpty()) {
            index = current.with(List.of(), removed);
        }
    }

    // ---- applying changes

    /**
     * Indexes these persons' rows: each replaces what the index holds of that person (all its records, aliases
     * included). {@code onlyNewer}: skip a row whose stamp is not after the one indexed (a write of this
     * instance read before a later change was polled); else skip a row whose stamp equals the one indexed.
     * A person merged into another ({@code person.merged_into}) leaves the index: its records are removed and
     * only its stamp is kept, so an unmerge (which changes the stamp) brings it back.
     */
    private synchronized void apply(List<Row> rows, boolean onlyNewer) {
        PersonIndex current = index;
        if (current == null || rows.isEmpty()) {
            return;
        }
        List<PersonRecord> added = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (Row r : rows) {
            OffsetDateTime known = stamps.get(r.id());
            if (known != null && (onlyNewer ? !r.stamp().isAfter(known) : r.stamp().equals(known))) {
                continue;
            }
            // a record merged into another leaves the index; an unmerge changes its stamp and it is learnt again
            List<PersonRecord> rs = r.mergedAway() ? List.of() : records(r);
            List<PersonRecord> before = rs.isEmpty() ? records.remove(r.id()) : records.put(r.id(), rs);
            if (before != null) {
                before.forEach(x -> removed.add(x.id()));
            }
            added.addAll(rs);
            stamps.put(r.id(), r.stamp());
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        current = current.with(added, removed);
        index = current;
        if (!rebuilding && current.added() > Math.max(RETRAIN_MIN, current.size() / RETRAIN_SHARE)) {
            long needs = (long) current.size() * RETRAIN_BYTES_PER_RECORD;
            if (needs <= Runtime.getRuntime().maxMemory() / 2) {
                rebuilding = true;
                builder.execute(this::buildQuietly);
            } else if (!toldHeapTooSmall) {
                toldHeapTooSmall = true;
                log.warn("Person index not retrained: a batch run of {} records needs about {} MB, more than half "
                        + "the heap ({} MB); new persons are still indexed", current.size(), needs >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        }
    }

    // ---- reasons

    /** The engine's evidence in words ({@link MatchExplanation}), never its weights. */
    static List<String> reasons(List<FieldEvidence> evidence, boolean viaAlias) {
        return MatchExplanation.of(evidence, viaAlias);
    }

    // ---- reading, building and polling

    private record Row(UUID id, String given, String family, LocalDate dob, String sex, String address,
            String postcode, String aliases, OffsetDateTime stamp, boolean mergedAway) {
    }

    /** A person's change stamp: its row, its newest address, its newest merge or unmerge. */
    private static final String STAMP = """
            greatest(p.updated_at, (SELECT max(x.created_at) FROM person_address x WHERE x.person_id = p.id),
                     (SELECT max(greatest(m.merged_at, m.unmerged_at)) FROM person_merge m
                       WHERE m.survivor_id = p.id OR m.merged_id = p.id))""";

    private static final String SELECT = """
            SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.sex,
                   a.address, a.postcode, p.merged_into IS NOT NULL AS merged_away,
                   (SELECT string_agg(coalesce(al.given_name, '') || '|' || coalesce(al.family_name, ''), '||' ORDER BY al.id)
                      FROM person_alias al WHERE al.person_id = p.id) AS aliases,
                   %s AS stamp
            FROM person p
            LEFT JOIN LATERAL (
                SELECT concat_ws(', ', x.line1, x.line2, x.town) AS address, x.postcode
                FROM person_address x
                WHERE x.person_id = p.id AND x.to_date IS NULL AND NOT x.in_refuge AND NOT x.confidential
                ORDER BY x.from_date DESC NULLS LAST, x.created_at DESC LIMIT 1) a ON true
            """.formatted(STAMP);

    private List<PersonRecord> records(Row r) {
        String dob = r.dob() == null ? null : r.dob().toString();
        String sex = sex(r.sex());
        String address = r.address() == null || r.address().isBlank() ? null : r.address();
        List<PersonRecord> out = new ArrayList<>();
        out.add(new PersonRecord(r.id().toString(), r.given(), r.family(), dob, sex, address, r.postcode()));
        if (r.aliases() != null) {
            int n = 0;
            for (String alias : r.aliases().split("\\|\\|")) {
                String[] parts = alias.split("\\|", -1);
                String given = parts[0].isBlank() ? r.given() : parts[0];
                String family = parts.length < 2 || parts[1].isBlank() ? r.family() : parts[1];
                out.add(new PersonRecord(r.id() + ALIAS + n++, given, family, dob, sex, address, r.postcode()));
            }
        }
        return out;
    }

    private static String sex(String sex) {
        return sex == null ? null : switch (sex) {
            case "FEMALE" -> "F";
            case "MALE" -> "M";
            default -> null;
        };
    }

    private static final String STAMPS = """
            SELECT p.id, %s AS stamp
            FROM person p
            WHERE p.id IN (SELECT id FROM person WHERE updated_at > :since
                           UNION SELECT person_id FROM person_address WHERE created_at > :since
                           UNION SELECT unnest(ARRAY[survivor_id, merged_id]) FROM person_merge
                                 WHERE greatest(merged_at, unmerged_at) > :since)""".formatted(STAMP);

    private List<Row> rows(String where, Map<String, ?> params) {
        return jdbc.sql(SELECT + where).params(params)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"),
                        rs.getString("address"), rs.getString("postcode"), rs.getString("aliases"),
                        rs.getObject("stamp", OffsetDateTime.class), rs.getBoolean("merged_away"))).list();
    }

    private List<Row> rowsById(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<Row> out = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += READ_CHUNK) {
            out.addAll(rows(" WHERE p.id IN (:ids)",
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + READ_CHUNK)))));
        }
        return out;
    }

    private void buildQuietly() {
        try {
            build();
        } catch (RuntimeException e) {
            log.warn("Person index not built; {}: {}", index == null ? "the first matcher answers meanwhile"
                    : "the current one answers", e.getClass().getSimpleName());
        } catch (OutOfMemoryError e) {
            // the batch run's arrays are garbage once it has failed: the application goes on
            log.error("Person index not built, out of memory with a heap of {} MB; {}", Runtime.getRuntime().maxMemory() >> 20,
                    index == null ? "the first matcher answers" : "the current one answers");
        } finally {
            rebuilding = false;
        }
    }

    /** A new batch run over every person; replaces the index when done, carrying over what was indexed since. */
    private void build() {
        long started = System.nanoTime();
        if (index == null) {
            // the first build: refuse one the heap cannot hold (a retrain checks before it is scheduled)
            long persons = jdbc.sql("SELECT count(*) FROM person WHERE merged_into IS NULL").query(Long.class).single();
            long max = Runtime.getRuntime().maxMemory();
            long needs = (persons + MatchEngine.REFERENCE_RECORDS) * RETRAIN_BYTES_PER_RECORD;
            if (needs > max / 4 * 3) {
                log.warn("Person index not built: a batch run of {} persons needs about {} MB, more than three "
                        + "quarters of the heap ({} MB); the first matcher answers", persons, needs >> 20, max >> 20);
                return;
            }
        }
        OffsetDateTime at = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        List<Row> rows = rows(" WHERE p.merged_into IS NULL", Map.of());
        long read = System.nanoTime();
        List<PersonRecord> all = new ArrayList<>(rows.size() * 11 / 10);
        Map<UUID, OffsetDateTime> newStamps = new HashMap<>(rows.size() * 4 / 3 + 16);
        Map<UUID, List<PersonRecord>> newRecords = new HashMap<>(rows.size() * 4 / 3 + 16);
        for (Row r : rows) {
            List<PersonRecord> rs = records(r);
            all.addAll(rs);
            newStamps.put(r.id(), r.stamp());
            newRecords.put(r.id(), rs);
        }
        rows = null;
        PersonIndex built = MatchEngine.withDefaults().index(all);
        int carried;
        synchronized (this) {
            // a person indexed here in a newer state than the snapshot (or created after it: not in it, and
            // changed since shortly before it) goes into the new index as indexed here
            List<PersonRecord> carry = new ArrayList<>();
            Set<String> replaced = new HashSet<>();
            OffsetDateTime recent = at.minus(OVERLAP);
            for (Map.Entry<UUID, OffsetDateTime> e : stamps.entrySet()) {
                OffsetDateTime snapshot = newStamps.get(e.getKey());
                List<PersonRecord> here = records.get(e.getKey());
                if (here != null && (snapshot == null ? e.getValue().isAfter(recent) : e.getValue().isAfter(snapshot))) {
                    List<PersonRecord> old = newRecords.put(e.getKey(), here);
                    if (old != null) {
                        old.forEach(x -> replaced.add(x.id()));
                    }
                    carry.addAll(here);
                    newStamps.put(e.getKey(), e.getValue());
                }
            }
            carried = carry.size();
            index = carry.isEmpty() ? built : built.with(carry, replaced);
            records.putAll(newRecords);
            records.keySet().retainAll(newRecords.keySet());
            stamps.putAll(newStamps);
            stamps.keySet().retainAll(newStamps.keySet());
            polledAt = at;
        }
        log.info("Person index built: {} persons, {} records in {} ms (read {} ms), {} records carried over; "
                + "block limit {}, {} oversized blocks left out ({} pairs); heap used {} MB",
                newStamps.size(), all.size(), (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000,
                carried, built.blockLimit(), built.skippedBlocks(), built.skippedPairs(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        poll();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Person index poll failed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Indexes persons created or changed since the last poll (on any instance): reads their ids and change
     * stamps, then in full only those whose stamp differs from the one indexed.
     */
    synchronized void poll() {
        if (index == null) {
            return;
        }
        OffsetDateTime at = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        List<UUID> stale = new ArrayList<>();
        jdbc.sql(STAMPS).param("since", polledAt.minus(OVERLAP)).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (!rs.getObject("stamp", OffsetDateTime.class).equals(stamps.get(id))) {
                stale.add(id);
            }
        });
        List<UUID> erased = jdbc.sql("SELECT person_id FROM person_tombstone WHERE erased_at > :since")
                .param("since", polledAt.minus(OVERLAP)).query(UUID.class).list();
        polledAt = at;
        if (!erased.isEmpty()) {
            forget(erased);
        }
        if (!stale.isEmpty()) {
            apply(rowsById(stale), false);
        }
    }
}
