package org.hearth.people.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.PersonIndex;
import org.springframework.stereotype.Component;

/**
 * The person index in use and what it holds a person: its records and the change stamp they were read at. Every
 * change is made under this object's lock and swaps in a new {@link PersonIndex} made by {@link PersonIndex#with}
 * (one small segment, however large the index); reads ({@link #current}, {@link #recordsOf}) never wait.
 * {@link #poll} brings in what changed in the database since the last poll, on any instance.
 */
@Component
class LiveIndex {

    /** Transactions commit after their {@code now()}: each poll looks back this far, skipping what it has. */
    static final Duration OVERLAP = Duration.ofSeconds(30);

    private final PersonIndexStore store;
    private volatile PersonIndex index;
    /** When the last poll (or batch run) read the database; guarded by this. */
    private OffsetDateTime polledAt;
    /** Per person: the change stamp indexed and its records (the first is its main record). Written under this. */
    private final Map<UUID, OffsetDateTime> stamps = new ConcurrentHashMap<>();
    private final Map<UUID, List<MatchRecord>> records = new ConcurrentHashMap<>();

    LiveIndex(PersonIndexStore store) {
        this.store = store;
    }

    /** The index in use, or null before the first one is built. */
    PersonIndex current() {
        return index;
    }

    /** The records indexed of a person (its main record first), or null. */
    List<MatchRecord> recordsOf(UUID person) {
        return records.get(person);
    }

    /** Takes these persons out of the index (all their records, aliases included), and their stamps. */
    synchronized void forget(Collection<UUID> persons) {
        PersonIndex current = index;
        Set<String> removed = new HashSet<>();
        for (UUID id : persons) {
            List<MatchRecord> before = records.remove(id);
            stamps.remove(id);
            if (before != null) {
                before.forEach(x -> removed.add(x.id()));
            }
        }
        if (current != null && !removed.isEmpty()) {
            index = current.with(List.of(), removed);
        }
    }

    /**
     * Indexes these persons' rows: each replaces what the index holds of that person (all its records, aliases
     * included). {@code onlyNewer}: skip a row whose stamp is not after the one indexed (a write of this
     * instance read before a later change was polled); else skip a row whose stamp equals the one indexed.
     * A person merged into another ({@code person.merged_into}) leaves the index: its records are removed and
     * only its stamp is kept, so an unmerge (which changes the stamp) brings it back. Returns the new index, or
     * null when nothing changed.
     */
    synchronized PersonIndex apply(List<IndexRow> rows, boolean onlyNewer) {
        PersonIndex current = index;
        if (current == null || rows.isEmpty()) {
            return null;
        }
        List<MatchRecord> added = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (IndexRow r : rows) {
            OffsetDateTime known = stamps.get(r.id());
            if (known != null && (onlyNewer ? !r.stamp().isAfter(known) : r.stamp().equals(known))) {
                continue;
            }
            // a record merged into another leaves the index; an unmerge changes its stamp and it is learnt again
            List<MatchRecord> rs = r.mergedAway() ? List.of() : IndexRecords.of(r);
            List<MatchRecord> before = rs.isEmpty() ? records.remove(r.id()) : records.put(r.id(), rs);
            if (before != null) {
                before.forEach(x -> removed.add(x.id()));
            }
            added.addAll(rs);
            stamps.put(r.id(), r.stamp());
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        index = current.with(added, removed);
        return index;
    }

    /**
     * Puts a new batch run's index in place of this one. {@code newStamps} and {@code newRecords} are what it was
     * built from, read at {@code at}: a person indexed here in a newer state than that snapshot (or created after
     * it: not in it, and changed since shortly before it) goes into the new index as indexed here. Returns the
     * records carried over.
     */
    synchronized int install(PersonIndex built, OffsetDateTime at, Map<UUID, OffsetDateTime> newStamps,
            Map<UUID, List<MatchRecord>> newRecords) {
        List<MatchRecord> carry = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        OffsetDateTime recent = at.minus(OVERLAP);
        for (Map.Entry<UUID, OffsetDateTime> e : stamps.entrySet()) {
            OffsetDateTime snapshot = newStamps.get(e.getKey());
            List<MatchRecord> here = records.get(e.getKey());
            if (here != null && (snapshot == null ? e.getValue().isAfter(recent) : e.getValue().isAfter(snapshot))) {
                List<MatchRecord> old = newRecords.put(e.getKey(), here);
                if (old != null) {
                    old.forEach(x -> replaced.add(x.id()));
                }
                carry.addAll(here);
                newStamps.put(e.getKey(), e.getValue());
            }
        }
        index = carry.isEmpty() ? built : built.with(carry, replaced);
        records.putAll(newRecords);
        records.keySet().retainAll(newRecords.keySet());
        stamps.putAll(newStamps);
        stamps.keySet().retainAll(newStamps.keySet());
        polledAt = at;
        return carry.size();
    }

    /**
     * Indexes persons created or changed since the last poll (on any instance): reads their ids and change
     * stamps, then in full only those whose stamp differs from the one indexed; drops persons erased since.
     * Returns the new index, or null when nothing changed (or there is no index yet).
     */
    synchronized PersonIndex poll() {
        if (index == null) {
            return null;
        }
        OffsetDateTime at = store.now();
        List<UUID> stale = new ArrayList<>();
        store.stampsSince(polledAt.minus(OVERLAP)).forEach((id, stamp) -> {
            if (!stamp.equals(stamps.get(id))) {
                stale.add(id);
            }
        });
        List<UUID> erased = store.erasedSince(polledAt.minus(OVERLAP));
        polledAt = at;
        if (!erased.isEmpty()) {
            forget(erased);
        }
        return stale.isEmpty() ? null : apply(store.byIds(stale), false);
    }
}
