package org.hearth.audit.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The entries a transaction holds until its commit ({@code AuditTrail.batchUntilCommit} and
 * {@code mergeUntilCommit}), in the order recorded, and what is written for them at the commit: each as recorded,
 * or merged. Merged, the entries of one actor, action, record type, reason and source address become one entry
 * naming all their records (each entry's ids in turn, as recorded), timed at the first of them, in the order of
 * their first; an entry takes at most {@value #MAX_IDS} ids (one recorded with more is kept whole, alone).
 */
final class HeldEntries {

    /** The most record ids a merged entry takes (a chunk of 100 rows names a few hundred people). */
    static final int MAX_IDS = 1000;

    /** One entry as it will be written: the columns of {@code audit_event}. */
    record Held(Timestamp at, UUID actorId, String actorName, String action, String recordType, List<String> ids,
            String reason, String source) {
    }

    private final boolean merge;
    private final List<Held> held = new ArrayList<>();

    HeldEntries(boolean merge) {
        this.merge = merge;
    }

    void add(Held entry) {
        held.add(entry);
    }

    /** What to write now, in order; nothing is held afterwards. */
    List<Held> drain() {
        List<Held> out = new ArrayList<>();
        writeWith(out::addAll);
        return out;
    }

    /**
     * Hands what is held to {@code writer} (in order, as {@link #drain} would) and lets it go only once written: when
     * the writer throws, everything stays held for a later try. Returns how many entries were handed.
     */
    int writeWith(Consumer<List<Held>> writer) {
        List<Held> out = merge ? merged(held) : List.copyOf(held);
        if (!out.isEmpty()) {
            writer.accept(out);
        }
        held.clear();
        return out.size();
    }

    int size() {
        return held.size();
    }

    static List<Held> merged(List<Held> entries) {
        // the entry of each key still taking ids, by its place in the output
        Map<List<Object>, Integer> open = new HashMap<>();
        List<Held> firsts = new ArrayList<>();
        List<List<String>> ids = new ArrayList<>();
        for (Held e : entries) {
            List<Object> key = Arrays.asList(e.actorId(), e.actorName(), e.action(), e.recordType(), e.reason(),
                    e.source());
            Integer at = open.get(key);
            if (at != null && ids.get(at).size() + e.ids().size() <= MAX_IDS) {
                ids.get(at).addAll(e.ids());
            } else {
                open.put(key, firsts.size());
                firsts.add(e);
                ids.add(new ArrayList<>(e.ids()));
            }
        }
        List<Held> out = new ArrayList<>(firsts.size());
        for (int i = 0; i < firsts.size(); i++) {
            Held e = firsts.get(i);
            out.add(new Held(e.at(), e.actorId(), e.actorName(), e.action(), e.recordType(), List.copyOf(ids.get(i)),
                    e.reason(), e.source()));
        }
        return out;
    }
}
