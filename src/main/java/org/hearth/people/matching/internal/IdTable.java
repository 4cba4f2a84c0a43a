package org.hearth.people.matching.internal;

import java.util.Arrays;
import org.hearth.people.matching.MatchRecord;

/**
 * A segment's records by id, for hiding a record replaced or removed: a hash table (open addressing, linear probing;
 * each slot a record index plus one, 0 empty; at most two thirds full), so an id new to the segment (the usual case
 * when records are added) costs a probe or two, not a search. Never changes once built.
 */
final class IdTable {

    private static final int[] NONE = new int[0];

    private final MatchRecord[] records;
    private final int[] table;

    IdTable(MatchRecord[] records) {
        this.records = records;
        table = new int[Integer.highestOneBit(Math.max(2, records.length + records.length / 2) * 2 - 1)];
        int mask = table.length - 1;
        for (int i = 0; i < records.length; i++) {
            int slot = spread(records[i].id().hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /** The indices of the records with this id (usually one or none). */
    int[] indicesOf(String id) {
        int mask = table.length - 1;
        int[] out = NONE;
        for (int slot = spread(id.hashCode()) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int i = table[slot] - 1;
            if (records[i].id().equals(id)) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = i;
            }
        }
        return out;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }
}
