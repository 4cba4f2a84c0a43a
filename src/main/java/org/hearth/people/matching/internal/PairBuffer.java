package org.hearth.people.matching.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Candidate pairs of one work unit: record indices and comparison vectors, plus pattern counts per rule mask. */
final class PairBuffer {

    int[] a = new int[1024];
    int[] b = new int[1024];
    int[] pattern = new int[1024];
    int size;
    final Map<Long, long[]> counts = new HashMap<>();

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
        counts.computeIfAbsent((long) ruleMask << 32 | (p & 0xFFFFFFFFL), k -> new long[1])[0]++;
    }
}
