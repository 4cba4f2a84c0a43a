package org.hearth.people.matching.internal;

import java.util.Arrays;
import java.util.function.LongBinaryOperator;

/**
 * Candidate pairs of one work unit: record indices and comparison vectors, plus pattern counts per rule mask
 * (in an open-addressing table of primitive longs: counting is on the path of every candidate pair).
 */
final class PairBuffer {

    int[] a = new int[1024];
    int[] b = new int[1024];
    int[] pattern = new int[1024];
    int size;

    /** Keys {@code ruleMask << 32 | pattern}, 0 for an empty slot (a pattern of a real pair is never 0 with its mask). */
    private long[] countKeys = new long[256];
    private long[] countValues = new long[256];
    private int distinct;

    void add(int i, int j, int p, int ruleMask) {
        if (size == a.length) {
            int n = size * 2;
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            pattern = Arrays.copyOf(pattern, n);
        }
        a[size] = i;
        b[size] = j;
        pattern[size] = p;
        size++;
        count((long) ruleMask << 32 | (p & 0xFFFFFFFFL), 1);
    }

    void count(long key, long n) {
        if (key == 0) {
            throw new IllegalArgumentException("a pair is counted under its rules");
        }
        int slot = slot(countKeys, key);
        if (countKeys[slot] == 0) {
            countKeys[slot] = key;
            if (++distinct * 2 > countKeys.length) {
                grow();
                slot = slot(countKeys, key);
            }
        }
        countValues[slot] += n;
    }

    private static int slot(long[] keys, long key) {
        int m = keys.length - 1;
        int s = (int) Hash.fmix(key) & m;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & m;
        }
        return s;
    }

    private void grow() {
        long[] oldKeys = countKeys;
        long[] oldValues = countValues;
        countKeys = new long[oldKeys.length * 2];
        countValues = new long[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != 0) {
                int s = slot(countKeys, oldKeys[k]);
                countKeys[s] = oldKeys[k];
                countValues[s] = oldValues[k];
            }
        }
    }

    /** Calls {@code action(key, count)} for every distinct {@code ruleMask << 32 | pattern}. */
    void forEachCount(LongBinaryOperator action) {
        for (int k = 0; k < countKeys.length; k++) {
            if (countKeys[k] != 0) {
                action.applyAsLong(countKeys[k], countValues[k]);
            }
        }
    }
}
